using TeamGrains.Silo.Tests.Infrastructure;
using TeamGrains.Silo.Tests.Runtime.TestGrains;

namespace TeamGrains.Silo.Tests.Runtime;

public sealed class ActivationTests(SqliteFileFixture database) : IClassFixture<SqliteFileFixture>
{
    private readonly GrainProbe _probe = new();

    [Fact]
    public async Task FirstCallLoadsCommittedStateThenActivatesOnce()
    {
        await using var silo = await StartAsync();
        var key = NewKey();
        await silo.Storage.WriteAsync((tx, ct) => Dapper.SqlMapper.ExecuteAsync(
            tx.Connection, CounterSchema.UpsertSql, new { key, value = 41 }, tx.Transaction));

        var counter = silo.GetGrain<ICounterGrain>(key);
        Assert.Equal(41, await counter.GetAsync());
        Assert.Equal(42, await counter.IncrementAsync(1));
        Assert.Equal(42, await silo.GetGrain<ICounterGrain>(key).GetValueAsync());

        Assert.Equal(["loaded", "activated"], _probe.EventsOf(key));
        Assert.Equal(42, await CounterSchema.ReadAsync(silo.Storage, key));
    }

    [Fact]
    public async Task StateSurvivesARestartOfTheSilo()
    {
        var key = NewKey();
        await using (var first = await StartAsync())
        {
            await first.GetGrain<ICounterGrain>(key).IncrementAsync(5);
        }

        await using var second = await StartAsync();
        Assert.Equal(5, await second.GetGrain<ICounterGrain>(key).GetAsync());
        Assert.Contains("deactivated:Shutdown", _probe.EventsOf(key));
    }

    [Fact]
    public async Task ExplicitDeactivationRunsOnDeactivateAndTheNextCallActivatesAgain()
    {
        await using var silo = await StartAsync();
        var key = NewKey();
        var counter = silo.GetGrain<ICounterGrain>(key);
        await counter.IncrementAsync(3);

        // A write that lost a race (SQLite BUSY under a loaded machine) reloads its activation, which runs
        // OnActivateAsync again: count the activations from here on.
        var activatedBefore = _probe.Count(key, "activated");
        await counter.DeactivateAsync();

        Assert.Equal(3, await counter.GetAsync());
        Assert.Equal(activatedBefore + 1, _probe.Count(key, "activated"));
        await _probe.Recorded(key, "deactivated:Requested");
        Assert.Equal(1, _probe.Count(key, "deactivated:Requested"));
    }

    [Fact]
    public async Task ASynchronousThrowReachesTheCallerAndKeepsTheActivationUsable()
    {
        await using var silo = await StartAsync();
        var counter = silo.GetGrain<ICounterGrain>(NewKey());
        await counter.IncrementAsync(1);

        await Assert.ThrowsAsync<InvalidOperationException>(() => counter.ThrowAsync());
        Assert.Equal(2, await counter.IncrementAsync(1));
    }

    private async Task<TestSilo> StartAsync()
    {
        var silo = await TestSilo.StartAsync(database.Storage, s => s.AddCounterGrain(_probe));
        await CounterSchema.CreateAsync(silo.Storage);
        return silo;
    }

    private static string NewKey() => Guid.NewGuid().ToString("N");
}
