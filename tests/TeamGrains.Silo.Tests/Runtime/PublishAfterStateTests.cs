using TeamGrains.Interfaces.Runtime;
using TeamGrains.Silo.Tests.Infrastructure;
using TeamGrains.Silo.Tests.Runtime.TestGrains;

namespace TeamGrains.Silo.Tests.Runtime;

/// <summary>
/// A write's in-memory state is in place before its commit is published on the node: whoever learns of the
/// change (a change-feed subscriber, e.g. a user grain bumping its permission epoch) and asks the writer at once
/// gets the new state, never the old one under the new epoch.
/// </summary>
public sealed class PublishAfterStateTests(SqliteFileFixture database) : IClassFixture<SqliteFileFixture>
{
    private readonly GrainProbe _probe = new();

    [Fact]
    public async Task AnInterleavedReadByWhoeverHearsOfTheWriteSeesTheNewState()
    {
        await using var silo = await StartAsync();
        var key = NewKey();
        var counter = silo.GetGrain<ICounterGrain>(key);
        await counter.IncrementAsync(1);

        var heard = new TaskCompletionSource<Task<int>>(TaskCreationOptions.RunContinuationsAsynchronously);
        using (silo.ChangeFeed.Subscribe(change =>
        {
            // Synchronously on the publishing thread: the writer's call has not returned yet.
            if (change.Grain == GrainId.For<ICounterGrain>(key) && !heard.Task.IsCompleted)
            {
                heard.TrySetResult(counter.PeekAsync());
            }
        }))
        {
            Assert.Equal(42, await counter.IncrementAsync(41));
        }

        Assert.Equal(42, await await heard.Task);
    }

    [Fact]
    public async Task AWriteWhoseApplyFailsLeavesTheActivationStaleSoTheNextCallReadsTheCommit()
    {
        await using var silo = await StartAsync();
        var key = NewKey();
        var counter = silo.GetGrain<ICounterGrain>(key);
        await counter.IncrementAsync(1);

        await Assert.ThrowsAsync<InvalidOperationException>(() => counter.IncrementFailingToApplyAsync(10));
        await _probe.Recorded(key, "deactivated:StateChanged");

        Assert.Equal(11, await counter.GetAsync());
        Assert.Equal(11, await counter.PeekAsync());
    }

    private async Task<TestSilo> StartAsync()
    {
        var silo = await TestSilo.StartAsync(database.Storage, s => s.AddCounterGrain(_probe));
        await CounterSchema.CreateAsync(silo.Storage);
        return silo;
    }

    private static string NewKey() => Guid.NewGuid().ToString("N");
}
