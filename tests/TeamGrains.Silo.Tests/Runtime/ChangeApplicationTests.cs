using TeamGrains.Interfaces.Runtime;
using TeamGrains.Silo.Storage;
using TeamGrains.Silo.Tests.Infrastructure;
using TeamGrains.Silo.Tests.Runtime.TestGrains;

namespace TeamGrains.Silo.Tests.Runtime;

/// <summary>What a local commit does to the other activations of its node.</summary>
public sealed class ChangeApplicationTests(SqliteFileFixture database) : IClassFixture<SqliteFileFixture>
{
    private readonly GrainProbe _probe = new();

    [Fact]
    public async Task AGrainNamedByAnotherGrainsWriteReloadsButTheWriterStaysActive()
    {
        await using var silo = await StartAsync();
        var writer = NewKey();
        var named = NewKey();
        await silo.GetGrain<ICounterGrain>(named).GetAsync();
        await silo.GetGrain<ICounterGrain>(writer).GetAsync();

        await silo.GetGrain<ICounterGrain>(writer).IncrementNamingAsync(1, named);
        await _probe.Recorded(named, "deactivated:StateChanged");
        await silo.GetGrain<ICounterGrain>(named).GetAsync();

        Assert.Equal(2, _probe.Count(named, "activated"));
        Assert.Equal(1, _probe.Count(writer, "activated"));
        Assert.DoesNotContain(_probe.EventsOf(writer), e => e.StartsWith("deactivated", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AStorageWriteNamingAGrainInTheMiddleOfItsCallMakesTheCallReRunOnTheNewState()
    {
        await using var silo = await StartAsync();
        var key = NewKey();
        var counter = silo.GetGrain<ICounterGrain>(key);
        await counter.IncrementAsync(1);

        var call = counter.IncrementAfterAsync(key, 1);
        await _probe.Reached(key);
        await silo.Storage.WriteAsync(async (tx, ct) =>
        {
            await Dapper.SqlMapper.ExecuteAsync(tx.Connection, CounterSchema.UpsertSql, new { key, value = 100 }, tx.Transaction);
            tx.AddChange(GrainId.For<ICounterGrain>(key), "reset");
        });
        _probe.Open(key);

        Assert.Equal(101, await call);
        Assert.Equal(101, await CounterSchema.ReadAsync(silo.Storage, key));
        Assert.Equal(101, await counter.GetAsync());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AChangeCommittedWhileTheGrainLoadsIsNotMissed(bool interleaved)
    {
        await using var silo = await StartAsync();
        var key = NewKey();
        var counter = silo.GetGrain<ICounterGrain>(key);
        _probe.HoldNextLoad(key);

        var call = interleaved ? counter.PeekAsync() : counter.GetAsync();
        await _probe.Reached("load:" + key);
        var position = await silo.Storage.WriteAsync(async (tx, _) =>
        {
            await Dapper.SqlMapper.ExecuteAsync(tx.Connection, CounterSchema.UpsertSql, new { key, value = 100 }, tx.Transaction);
            tx.AddChange(GrainId.For<ICounterGrain>(key), "reset");
        });
        await silo.ChangeFeed.WaitForAsync(position, CancellationToken.None);
        _probe.Open("load:" + key);

        // The first load read its snapshot before the change; the runtime must not serve it.
        Assert.Equal(100, await call);
        await _probe.Recorded(key, "deactivated:StateChanged");
        Assert.Equal(2, _probe.Count(key, "loaded"));
    }

    [Fact]
    public async Task WaitForAsyncCompletesOnceThePositionIsApplied()
    {
        await using var silo = await StartAsync();
        var position = await silo.GetGrain<ICounterGrain>(NewKey()).IncrementNamingAsync(1, NewKey());

        await silo.ChangeFeed.WaitForAsync(position, CancellationToken.None);
        Assert.True(silo.ChangeFeed.AppliedPosition >= position);

        using var cancel = new CancellationTokenSource();
        var never = silo.ChangeFeed.WaitForAsync(position + 1_000, cancel.Token);
        Assert.False(never.IsCompleted);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => never);
    }

    [Fact]
    public async Task ASubscriberSeesEachLocalCommitOnceAndAFailingSubscriberDoesNotStopOthers()
    {
        await using var silo = await StartAsync();
        var seen = new List<ChangeRecord>();
        using var failing = silo.ChangeFeed.Subscribe(_ => throw new InvalidOperationException("subscriber bug"));
        using var recording = silo.ChangeFeed.Subscribe(change =>
        {
            lock (seen)
            {
                seen.Add(change);
            }
        });
        var key = NewKey();

        var position = await silo.GetGrain<ICounterGrain>(key).IncrementNamingAsync(3, key + "-named");
        await silo.ChangeFeed.WaitForAsync(position, CancellationToken.None);

        lock (seen)
        {
            Assert.Equal([(key, "incremented"), (key + "-named", "touched")], seen.Select(c => (c.Grain.Key, c.Kind)));
            Assert.Equal([position - 1, position], seen.Select(c => c.Position));
            Assert.All(seen, c => Assert.Equal("CounterGrain", c.Grain.Type));
        }
    }

    private async Task<TestSilo> StartAsync()
    {
        var silo = await TestSilo.StartAsync(database.Storage, s => s.AddCounterGrain(_probe));
        await CounterSchema.CreateAsync(silo.Storage);
        return silo;
    }

    private static string NewKey() => Guid.NewGuid().ToString("N");
}
