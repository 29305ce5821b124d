using TeamGrains.Silo.Storage;
using TeamGrains.Silo.Tests.Infrastructure;
using TeamGrains.Silo.Tests.Runtime.TestGrains;

namespace TeamGrains.Silo.Tests.Runtime;

/// <summary>PostgreSQL's NOTIFY wakes the other node's follower; polling covers a node that gets none.</summary>
public sealed class ChangeNotificationTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    private static readonly TimeSpan NoPolling = TimeSpan.FromHours(1);

    [PostgresFact]
    public async Task ACommitOnOneNodeReachesTheOtherNodesSubscribersThroughNotify()
    {
        var (writer, reader) = await StartTwoNodesAsync(readerPollInterval: NoPolling, notify: true);
        await using var _ = writer;
        await using var __ = reader;
        var received = new TaskCompletionSource<ChangeRecord>(TaskCreationOptions.RunContinuationsAsynchronously);
        var key = Guid.NewGuid().ToString("N");
        using var subscription = reader.ChangeFeed.Subscribe(change =>
        {
            if (change.Grain.Key == key)
            {
                received.TrySetResult(change);
            }
        });

        var position = await writer.GetGrain<ICounterGrain>(key).IncrementNamingAsync(1, key + "-named");

        // Nothing asks the reader to catch up and it never polls: only the notification can wake it.
        var change = await received.Task;
        Assert.Equal(position - 1, change.Position);
    }

    [PostgresFact]
    public async Task WithoutNotifyTheFollowerStillCatchesUpByPolling()
    {
        var (writer, reader) = await StartTwoNodesAsync(readerPollInterval: TimeSpan.FromMilliseconds(50), notify: false);
        await using var _ = writer;
        await using var __ = reader;
        var received = new TaskCompletionSource<ChangeRecord>(TaskCreationOptions.RunContinuationsAsynchronously);
        var key = Guid.NewGuid().ToString("N");
        using var subscription = reader.ChangeFeed.Subscribe(change =>
        {
            if (change.Grain.Key == key)
            {
                received.TrySetResult(change);
            }
        });

        var position = await writer.GetGrain<ICounterGrain>(key).IncrementAsync(1);

        Assert.Equal(key, (await received.Task).Grain.Key);
        Assert.Equal(1, position);
    }

    private async Task<(TestSilo Writer, TestSilo Reader)> StartTwoNodesAsync(TimeSpan readerPollInterval, bool notify)
    {
        var storage = database.Storage;
        storage.NotifyOnCommit = notify;
        var writer = await TestSilo.StartAsync(storage, s => s.AddCounterGrain(new GrainProbe()));
        await CounterSchema.CreateAsync(writer.Storage);
        var reader = await TestSilo.StartAsync(storage, s => s.AddCounterGrain(new GrainProbe()), o => o.ChangePollInterval = readerPollInterval);
        return (writer, reader);
    }
}
