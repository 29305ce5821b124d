using TeamGrains.Interfaces;
using TeamGrains.Silo.Storage;
using TeamGrains.Silo.Tests.Infrastructure;
using TeamGrains.Silo.Tests.Runtime.TestGrains;

namespace TeamGrains.Silo.Tests.Runtime;

/// <summary>Two runtime instances (nodes) over one database, once per provider.</summary>
public abstract class MultiNodeTests(IStorageFixture fixture) : IAsyncLifetime
{
    private readonly GrainProbe _probeA = new();
    private readonly GrainProbe _probeB = new();
    private TestSilo _nodeA = null!;
    private TestSilo _nodeB = null!;

    public async Task InitializeAsync()
    {
        // The shared database of the class; the schema is created once, before the second node starts.
        _nodeA = await StartNodeAsync(_probeA, retries: 5);
        await CounterSchema.CreateAsync(_nodeA.Storage);
        _nodeB = await StartNodeAsync(_probeB, retries: 5);
    }

    public async Task DisposeAsync()
    {
        await _nodeA.DisposeAsync();
        await _nodeB.DisposeAsync();
    }

    /// <param name="sqlChecksTheDecision">
    /// A's SQL fails when the stored value is not the one A decided from (what a stale decision meets in
    /// real grain SQL). The version compare-and-set runs after the grain's SQL (version rows are locked
    /// last), and a stale writer whose SQL failed must still be re-run, not get the error.
    /// </param>
    [StorageTheory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ACallThatLostAWriteRaceIsReRunOnReloadedStateAndBothWritesCount(bool sqlChecksTheDecision)
    {
        var key = NewKey();
        var counterA = _nodeA.GetGrain<ICounterGrain>(key);
        var onA = sqlChecksTheDecision ? counterA.IncrementCheckedAfterAsync("a", 1) : counterA.IncrementAfterAsync("a", 1);
        var onB = _nodeB.GetGrain<ICounterGrain>(key).IncrementAfterAsync("b", 10);
        await _probeA.Reached("a");
        await _probeB.Reached("b");

        // Both decided from value 0; B commits first, so A's write conflicts and A re-decides from 10.
        _probeB.Open("b");
        Assert.Equal(10, await onB);
        _probeA.Open("a");
        Assert.Equal(11, await onA);

        // Loaded once, then once more for the re-run. On PostgreSQL, when B's change reached A's node
        // first, the re-run goes to a fresh activation and loads once more after taking the write lock.
        Assert.InRange(_probeA.Count(key, "loaded"), 2, fixture.Dialect == StorageDialect.PostgreSql ? 3 : 2);
        Assert.Equal(11, await CounterSchema.ReadAsync(_nodeA.Storage, key));
    }

    [StorageFact]
    public async Task ConcurrentIncrementsOnBothNodesAllCommit()
    {
        // Optimistic writes favour the node that just won (its activation stays warm). On PostgreSQL a
        // call that lost takes the grain's write lock for its re-run, so it cannot lose again to the other
        // node's queue and 200 writers per node all commit (without the lock some got CONFLICT). SQLite has no such lock (one writer process
        // at a time; the loser backs off and retries): a few writers per node are what it is sized for.
        var key = NewKey();
        var callsPerNode = fixture.Dialect == StorageDialect.PostgreSql ? 200 : 5;
        var calls = Enumerable.Range(0, callsPerNode)
            .SelectMany(_ => new[] { _nodeA, _nodeB })
            .Select(node => node.GetGrain<ICounterGrain>(key).IncrementAsync(1));
        var results = await Task.WhenAll(calls);

        Assert.Equal(Enumerable.Range(1, 2 * callsPerNode), results.Order());
        Assert.Equal(2 * callsPerNode, await CounterSchema.ReadAsync(_nodeA.Storage, key));
    }

    [StorageFact]
    public async Task AWriteOnOneNodeMakesTheOtherNodesActivationReload()
    {
        var key = NewKey();
        Assert.Equal(0, await _nodeB.GetGrain<ICounterGrain>(key).GetAsync());

        var position = await _nodeA.GetGrain<ICounterGrain>(key).IncrementNamingAsync(5, NewKey());
        await _nodeB.ChangeFeed.WaitForAsync(position, CancellationToken.None);

        Assert.Equal(5, await _nodeB.GetGrain<ICounterGrain>(key).GetAsync());
        await _probeB.Recorded(key, "deactivated:StateChanged");
        Assert.Equal(1, _probeB.Count(key, "deactivated:StateChanged"));
        Assert.Equal(2, _probeB.Count(key, "loaded"));
    }

    [StorageFact]
    public async Task EachNodesChangeFeedPublishesEveryCommitInPositionOrder()
    {
        var seenOnB = new List<ChangeRecord>();
        using var subscription = _nodeB.ChangeFeed.Subscribe(change =>
        {
            lock (seenOnB)
            {
                seenOnB.Add(change);
            }
        });
        var from = _nodeB.ChangeFeed.AppliedPosition;

        var keys = Enumerable.Range(0, 4).Select(_ => NewKey()).ToList();
        var positions = await Task.WhenAll(keys.Select((key, i) =>
            (i % 2 == 0 ? _nodeA : _nodeB).GetGrain<ICounterGrain>(key).IncrementNamingAsync(1, key + "-named")));
        await _nodeB.ChangeFeed.WaitForAsync(positions.Max(), CancellationToken.None);

        lock (seenOnB)
        {
            var after = seenOnB.Where(c => c.Position > from).ToList();
            Assert.True(after.Zip(after.Skip(1)).All(pair => pair.First.Position < pair.Second.Position));
            Assert.Equal(after.Count, after.Select(c => c.Position).Distinct().Count());
            Assert.All(keys, key => Assert.Contains(after, c => c.Grain.Key == key && c.Kind == "incremented"));
            Assert.All(keys, key => Assert.Contains(after, c => c.Grain.Key == key + "-named" && c.Kind == "touched"));
        }
    }

    [StorageFact]
    public async Task TheHeadReadAfterAWriteOnOneNodeMakesTheOtherNodeSeeTheWriteOnceItWaitedForIt()
    {
        var key = NewKey();
        Assert.Equal(0, await _nodeB.GetGrain<ICounterGrain>(key).GetAsync());

        await _nodeA.GetGrain<ICounterGrain>(key).IncrementAsync(7);
        var token = await _nodeA.ChangeFeed.ReadHeadAsync(CancellationToken.None);
        await _nodeB.ChangeFeed.WaitForAsync(token, CancellationToken.None);

        // Read with PeekAsync (interleaved, no reload on its own): only the change feed can make it see 7.
        Assert.Equal(7, await _nodeB.GetGrain<ICounterGrain>(key).PeekAsync());
    }

    [StorageFact]
    public async Task AfterTheLastRetryALostRaceFailsWithConflict()
    {
        await using var strictA = await StartNodeAsync(_probeA, retries: 0);
        var key = NewKey();
        var onA = strictA.GetGrain<ICounterGrain>(key).IncrementAfterAsync("strict-a", 1);
        var onB = _nodeB.GetGrain<ICounterGrain>(key).IncrementAfterAsync("strict-b", 10);
        await _probeA.Reached("strict-a");
        await _probeB.Reached("strict-b");
        _probeB.Open("strict-b");
        await onB;
        _probeA.Open("strict-a");

        var error = await Assert.ThrowsAsync<TeamGrainsException>(() => onA);
        Assert.Equal(ErrorCodes.Conflict, error.Code);
        Assert.Equal(10, await CounterSchema.ReadAsync(_nodeB.Storage, key));
    }

    private Task<TestSilo> StartNodeAsync(GrainProbe probe, int retries)
        => TestSilo.StartAsync(fixture.Storage, s => s.AddCounterGrain(probe), o => o.MaxConflictRetries = retries);

    private static string NewKey() => Guid.NewGuid().ToString("N");
}
