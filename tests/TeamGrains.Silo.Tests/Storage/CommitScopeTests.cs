using TeamGrains.Silo.Extensions;
using TeamGrains.Silo.Storage;
using TeamGrains.Silo.Tests.Infrastructure;
using TeamGrains.Silo.Tests.Runtime.TestGrains;

namespace TeamGrains.Silo.Tests.Storage;

/// <summary>
/// A <see cref="CommitScope"/> sees the commits its own call chain made through grain calls (nested
/// ones too), and none of another scope's, even when both call the same grain. Once per provider.
/// </summary>
public abstract class CommitScopeTests(IStorageFixture fixture) : IAsyncLifetime
{
    private readonly GrainProbe _probe = new();
    private TestSilo _silo = null!;

    public async Task InitializeAsync()
    {
        _silo = await TestSilo.StartAsync(fixture.Storage, services => services.AddCounterGrain(_probe).AddGrain<IRelayGrain, RelayGrain>());
        await CounterSchema.CreateAsync(_silo.Storage);
    }

    public Task DisposeAsync() => _silo.DisposeAsync().AsTask();

    [StorageFact]
    public async Task AScopeSeesTheHighestPositionCommittedThroughGrainCallsNestedOrNot()
    {
        var (relay, next, counter) = (NewKey(), NewKey(), NewKey());
        using var scope = CommitScope.Begin();
        Assert.Null(scope.HighestPosition);

        // Each twice: first through activation (the dispatcher's slow path), then warm.
        var positions = new List<long>();
        for (var round = 0; round < 2; round++)
        {
            positions.Add(await _silo.GetGrain<IRelayGrain>(relay).RelayAsync(next, counter, 1));
            Assert.Equal(positions.Max(), scope.HighestPosition);
            positions.Add(await _silo.GetGrain<IRelayGrain>(relay).IncrementAsync(counter, 1));
            Assert.Equal(positions.Max(), scope.HighestPosition);
            positions.Add(await _silo.GetGrain<ICounterGrain>(counter).IncrementNamingAsync(1, NewKey()));
            Assert.Equal(positions.Max(), scope.HighestPosition);
        }

        Assert.Equal(6, positions.Distinct().Count());
        Assert.Equal(6, await CounterSchema.ReadAsync(_silo.Storage, counter));
    }

    [StorageFact]
    public async Task ConcurrentScopesSeeOnlyTheirOwnCommitsEvenThroughOneGrain()
    {
        var (relay, counterA, counterB) = (NewKey(), NewKey(), NewKey());
        var bDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // A holds the relay's turn at its gate; B queues for that turn and gets it handed over when A's
        // call ends, then commits after A: if B's commit leaked into A's scope (still open), A would see it.
        var a = InScopeAsync(() => _silo.GetGrain<IRelayGrain>(relay).IncrementAfterAsync("a", counterA, 1), bDone.Task);
        await _probe.Reached("a");
        var b = InScopeAsync(() => _silo.GetGrain<IRelayGrain>(relay).IncrementAsync(counterB, 1), Task.CompletedTask);
        _probe.Open("a");
        var (positionB, seenByB) = await b;
        bDone.SetResult();
        var (positionA, seenByA) = await a;

        Assert.True(positionB > positionA);
        Assert.Equal(positionA, seenByA);
        Assert.Equal(positionB, seenByB);
    }

    [StorageFact]
    public async Task CommitsOutsideEveryScopeAreNotRecordedInOne()
    {
        var counter = NewKey();
        Task<long> committedOutside;
        using (var scope = CommitScope.Begin())
        {
            // Started in a flow that has no scope: its commit belongs to nobody's request.
            using (ExecutionContext.SuppressFlow())
            {
                committedOutside = Task.Run(() => _silo.GetGrain<ICounterGrain>(counter).IncrementNamingAsync(1, NewKey()));
            }

            Assert.True(await committedOutside > 0);
            Assert.Null(scope.HighestPosition);
        }
    }

    private static async Task<(long Position, long? Seen)> InScopeAsync(Func<Task<long>> call, Task keepOpenUntil)
    {
        using var scope = CommitScope.Begin();
        var position = await call();
        await keepOpenUntil;
        return (position, scope.HighestPosition);
    }

    private static string NewKey() => Guid.NewGuid().ToString("N");
}
