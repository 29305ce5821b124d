using Dapper;
using Microsoft.Extensions.DependencyInjection;
using TeamGrains.Interfaces.Runtime;
using TeamGrains.Silo.Runtime;
using TeamGrains.Silo.Storage;
using TeamGrains.Silo.Tests.Infrastructure;
using TeamGrains.Silo.Tests.Runtime.TestGrains;

namespace TeamGrains.Silo.Tests.Runtime;

/// <summary>
/// The follower can read a write's rows after its COMMIT but before the writer has applied the write on
/// this node. Those rows name the writer, and used to make its own activation stale (a reload after
/// about one write in nine under load). While a write is in flight, rows naming the writer are held; once
/// it is applied, its own rows are dropped and any other above its new position still makes it stale.
/// Each test pauses the write inside its transaction and hands the follower's path a row meanwhile.
/// </summary>
public sealed class WriteInFlightTests(SqliteFileFixture database) : IClassFixture<SqliteFileFixture>
{
    private readonly GrainProbe _probe = new();

    [Fact]
    public async Task ItsOwnRowReadByTheFollowerMidWriteLeavesTheWriterWarm()
    {
        await using var silo = await StartAsync();
        var key = NewKey();
        var counter = silo.GetGrain<ICounterGrain>(key);
        await counter.IncrementAsync(1);

        var write = counter.IncrementPausingInTransactionAsync("write", 1);
        await _probe.Reached("write");

        // SQLite has one writer, holding the counter now: this write's row gets the next position.
        var ownPosition = await HeadAsync(silo) + 1;
        Follow(silo, key, ownPosition);
        Assert.True(Activation(silo, key).IsValid);

        _probe.Open("write");
        Assert.Equal(2, await write);
        Assert.True(Activation(silo, key).IsValid);
        Assert.Equal(2, await counter.GetAsync());
        Assert.Equal(1, _probe.Count(key, "activated"));
    }

    [Fact]
    public async Task AnotherRowAboveTheWritersNewPositionStillMakesItStale()
    {
        await using var silo = await StartAsync();
        var key = NewKey();
        var counter = silo.GetGrain<ICounterGrain>(key);
        await counter.IncrementAsync(1);

        var write = counter.IncrementPausingInTransactionAsync("write", 1);
        await _probe.Reached("write");
        Follow(silo, key, await HeadAsync(silo) + 1000); // a change this write knows nothing of
        _probe.Open("write");
        Assert.Equal(2, await write);

        await _probe.Recorded(key, "deactivated:StateChanged");
        Assert.Equal(2, await counter.GetAsync());
        Assert.Equal(2, _probe.Count(key, "activated"));
    }

    /// <summary>What the follower does with a row it read: hands it to the feed (publishing nothing new).</summary>
    private static void Follow(TestSilo silo, string key, long position)
    {
        var feed = silo.Services.GetRequiredService<ChangeFeed>();
        feed.Follow([new ChangeRecord(position, GrainId.For<ICounterGrain>(key), "incremented", null, DateTimeOffset.UtcNow)], feed.AppliedPosition);
    }

    private static GrainActivation Activation(TestSilo silo, string key)
    {
        Assert.True(silo.Services.GetRequiredService<GrainCatalog>().TryGet(GrainId.For<ICounterGrain>(key), out var activation));
        return activation;
    }

    private static Task<long> HeadAsync(TestSilo silo) => silo.Storage.ReadAsync((tx, ct) =>
        tx.Connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT position FROM change_log_head WHERE id = 1", transaction: tx.Transaction, cancellationToken: ct)));

    private async Task<TestSilo> StartAsync()
    {
        var silo = await TestSilo.StartAsync(database.Storage, s => s.AddCounterGrain(_probe));
        await CounterSchema.CreateAsync(silo.Storage);
        return silo;
    }

    private static string NewKey() => Guid.NewGuid().ToString("N");
}
