using System.Globalization;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using TeamGrains.Interfaces.Runtime;
using TeamGrains.Silo.Runtime;
using TeamGrains.Silo.Storage;
using TeamGrains.Silo.Tests.Infrastructure;
using TeamGrains.Silo.Tests.Runtime.TestGrains;

namespace TeamGrains.Silo.Tests.Runtime;

/// <summary>
/// PostgreSQL positions come from transaction ids, so transactions can commit out of position order.
/// Nodes must still publish every row once, in position order, and never skip one that commits late.
/// </summary>
public sealed class ChangeLogHorizonTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>, IAsyncLifetime
{
    private readonly GrainProbe _probe = new();
    private readonly List<IDisposable> _subscriptions = [];
    private TestSilo _nodeA = null!;
    private TestSilo _nodeB = null!;

    public async Task InitializeAsync()
    {
        if (TestPostgres.SkipReason is not null && !TestPostgres.Required)
        {
            return;
        }

        _nodeA = await TestSilo.StartAsync(database.Storage, s => s.AddCounterGrain(_probe));
        await CounterSchema.CreateAsync(_nodeA.Storage);
        _nodeB = await TestSilo.StartAsync(database.Storage, s => s.AddCounterGrain(new GrainProbe()));
    }

    public async Task DisposeAsync()
    {
        _subscriptions.ForEach(s => s.Dispose());
        if (_nodeA is not null)
        {
            await _nodeA.DisposeAsync();
            await _nodeB.DisposeAsync();
        }
    }

    [PostgresFact]
    public async Task ARowBelowALaterCommitHoldsItBackUntilItCommitsThenBothArriveOnceInOrder()
    {
        var low = new GrainId("HorizonGrain", Guid.NewGuid().ToString("N"));
        var high = new GrainId("HorizonGrain", Guid.NewGuid().ToString("N"));
        var seenOnA = Record(_nodeA, low, high);
        var seenOnB = Record(_nodeB, low, high);
        var arrivedOnB = new List<long>();
        _subscriptions.Add(_nodeB.ChangeFeed.SubscribeToArrivals(change =>
        {
            if (change.Grain == high)
            {
                lock (arrivedOnB)
                {
                    arrivedOnB.Add(change.Position);
                }
            }
        }));

        // The lower transaction takes its xid first and stays open; the higher one commits meanwhile.
        var open = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var lowWrite = _nodeA.Storage.WriteAsync(async (tx, ct) =>
        {
            var xid = await tx.Connection.ExecuteScalarAsync<string>(new CommandDefinition(
                "SELECT pg_current_xact_id()::text", transaction: tx.Transaction, cancellationToken: ct));
            tx.AddChange(low, "low");
            open.SetResult(long.Parse(xid!, CultureInfo.InvariantCulture));
            await release.Task;
        });
        var lowFirst = await open.Task * 65536 + 1;
        var highPosition = await _nodeA.Storage.WriteAsync((tx, _) =>
        {
            tx.AddChange(high, "high");
            return Task.CompletedTask;
        });
        Assert.True(highPosition > lowFirst);

        // Node B reads the log while the lower transaction is open: it learns of the higher row (caches
        // drop what it makes stale), yet must neither publish it nor move past the lower one's position.
        var follower = _nodeB.Services.GetRequiredService<ChangeFollower>();
        var batch = await follower.CatchUpAsync(CancellationToken.None);
        Assert.True(batch.Horizon < lowFirst);
        Assert.True(batch.RowsAboveHorizon);
        Assert.Contains(batch.Rows, r => r.Position == highPosition);
        lock (arrivedOnB)
        {
            Assert.Equal([highPosition], arrivedOnB);
        }

        foreach (var node in new[] { _nodeA, _nodeB })
        {
            Assert.True(node.ChangeFeed.AppliedPosition < lowFirst);
        }

        Assert.Empty(Snapshot(seenOnA));
        Assert.Empty(Snapshot(seenOnB));

        release.SetResult();
        var lowPosition = await lowWrite;
        Assert.Equal(lowFirst, lowPosition);
        await _nodeA.ChangeFeed.WaitForAsync(highPosition, CancellationToken.None);
        await _nodeB.ChangeFeed.WaitForAsync(highPosition, CancellationToken.None);

        Assert.Equal([(lowPosition, "low"), (highPosition, "high")], Snapshot(seenOnA));
        Assert.Equal([(lowPosition, "low"), (highPosition, "high")], Snapshot(seenOnB));
        lock (arrivedOnB)
        {
            Assert.Equal([highPosition], arrivedOnB);
        }
    }

    [PostgresFact]
    public async Task AGrainChangedAfterItsOwnWriteByALowerTransactionIdIsReloaded()
    {
        var key = Guid.NewGuid().ToString("N");
        var counter = _nodeA.GetGrain<ICounterGrain>(key);
        var open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var reset = _nodeA.Storage.WriteAsync(async (tx, ct) =>
        {
            await tx.Connection.ExecuteAsync(new CommandDefinition("SELECT pg_current_xact_id()", transaction: tx.Transaction, cancellationToken: ct));
            open.SetResult();
            await release.Task;
            await tx.Connection.ExecuteAsync(new CommandDefinition(CounterSchema.UpsertSql, new { key, value = 100 }, tx.Transaction, cancellationToken: ct));
            tx.AddChange(GrainId.For<ICounterGrain>(key), "reset");
        });
        await open.Task;

        // The grain's own write commits first, with the higher xid; the reset then changes it after.
        Assert.Equal(5, await counter.IncrementAsync(5));
        release.SetResult();
        var position = await reset;
        await _nodeA.ChangeFeed.WaitForAsync(position, CancellationToken.None);

        Assert.Equal(100, await counter.GetAsync());
        Assert.Equal(100, await CounterSchema.ReadAsync(_nodeA.Storage, key));
    }

    private List<(long Position, string Kind)> Record(TestSilo node, params GrainId[] grains)
    {
        var seen = new List<(long, string)>();
        _subscriptions.Add(node.ChangeFeed.Subscribe(change =>
        {
            if (grains.Contains(change.Grain))
            {
                lock (seen)
                {
                    seen.Add((change.Position, change.Kind));
                }
            }
        }));
        return seen;
    }

    private static List<(long Position, string Kind)> Snapshot(List<(long Position, string Kind)> seen)
    {
        lock (seen)
        {
            return [.. seen];
        }
    }
}
