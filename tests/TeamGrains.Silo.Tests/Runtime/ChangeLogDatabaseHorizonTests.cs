using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TeamGrains.Interfaces.Runtime;
using TeamGrains.Silo.Runtime;
using TeamGrains.Silo.Storage;
using TeamGrains.Silo.Tests.Infrastructure;

namespace TeamGrains.Silo.Tests.Runtime;

/// <summary>
/// The follower's horizon counts only transactions that can write this database's change log: a
/// transaction holding an xid in another database of the same server must not delay publication, one
/// in this database must (it could still append rows below the later commit), and neither may cause a
/// gap or a duplicate.
/// </summary>
public sealed class ChangeLogDatabaseHorizonTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    // Only a safety net against a hang: events arrive within milliseconds when the horizon is right.
    private static readonly TimeSpan Hang = TimeSpan.FromMinutes(1);

    private readonly GrainId _grain = new("DatabaseHorizonGrain", Guid.NewGuid().ToString("N"));

    [PostgresFact]
    public async Task ATransactionOpenInAnotherDatabaseDoesNotHoldBackPublication()
    {
        await using var scene = await StartAsync();
        var (nodeA, nodeB, seenOnB, elsewhere) = (scene.NodeA, scene.NodeB, scene.SeenOnB, scene.Elsewhere);

        // Committed after the other database's xid was taken: the server-wide xmin stays below it.
        var first = await WriteAsync(nodeA, "first");
        Assert.True(first > elsewhere.Xid * 65536);
        await seenOnB.Reached(first).WaitAsync(Hang);
        Assert.True(nodeB.ChangeFeed.AppliedPosition >= first);

        await elsewhere.EndAsync();
        var second = await WriteAsync(nodeA, "second");
        await seenOnB.Reached(second).WaitAsync(Hang);
        await nodeB.Services.GetRequiredService<ChangeFollower>().CatchUpAsync(CancellationToken.None);

        Assert.Equal([(first, "first"), (second, "second")], seenOnB.Snapshot());
    }

    [PostgresFact]
    public async Task ATransactionOpenInThisDatabaseHoldsItBackUntilItEndsWithoutWritingTheLog()
    {
        await using var scene = await StartAsync();
        var (nodeA, nodeB, seenOnB, elsewhere) = (scene.NodeA, scene.NodeB, scene.SeenOnB, scene.Elsewhere);
        await using var here = await OpenTransactionAsync(database.ConnectionString);

        var held = await WriteAsync(nodeA, "held");
        Assert.True(held > here.Xid * 65536);

        // Node B reads while this database's transaction is open: it may append rows below the commit.
        var batch = await nodeB.Services.GetRequiredService<ChangeFollower>().CatchUpAsync(CancellationToken.None);
        Assert.True(batch.Horizon < here.Xid * 65536);
        Assert.True(batch.RowsAboveHorizon);
        Assert.True(nodeB.ChangeFeed.AppliedPosition < here.Xid * 65536);
        Assert.Empty(seenOnB.Snapshot());

        // It ends without a row and without a NOTIFY (a rollback after a lost race): nodes notice anyway.
        await here.EndAsync();
        await seenOnB.Reached(held).WaitAsync(Hang);
        var after = await WriteAsync(nodeA, "after");
        await seenOnB.Reached(after).WaitAsync(Hang);

        Assert.Equal([(held, "held"), (after, "after")], seenOnB.Snapshot());
        await elsewhere.EndAsync();
    }

    /// <summary>Two nodes, a subscriber on node B, and a transaction holding an xid open in another database.</summary>
    private async Task<Scene> StartAsync()
    {
        var nodeA = await TestSilo.StartAsync(database.Storage);
        var nodeB = await TestSilo.StartAsync(database.Storage);
        var seenOnB = new Recorder(_grain);
        var subscription = nodeB.ChangeFeed.Subscribe(seenOnB.Add);
        var other = await database.CreateIsolatedAsync();
        var elsewhere = await OpenTransactionAsync(other.PostgresConnectionString!);
        return new Scene(nodeA, nodeB, seenOnB, subscription, elsewhere);
    }

    private Task<long> WriteAsync(TestSilo node, string kind) => node.Storage.WriteAsync((tx, _) =>
    {
        tx.AddChange(_grain, kind);
        return Task.CompletedTask;
    });

    private static async Task<OpenTransaction> OpenTransactionAsync(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var transaction = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand("SELECT pg_current_xact_id()::text", connection, transaction);
        var xid = long.Parse((string)(await command.ExecuteScalarAsync())!, CultureInfo.InvariantCulture);
        return new OpenTransaction(connection, transaction, xid);
    }

    private sealed record Scene(TestSilo NodeA, TestSilo NodeB, Recorder SeenOnB, IDisposable Subscription, OpenTransaction Elsewhere)
        : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            Subscription.Dispose();
            await Elsewhere.DisposeAsync();
            await NodeB.DisposeAsync();
            await NodeA.DisposeAsync();
        }
    }

    /// <summary>A transaction holding an xid, rolled back by <see cref="EndAsync"/> (so it writes nothing and notifies nobody).</summary>
    private sealed class OpenTransaction(NpgsqlConnection connection, NpgsqlTransaction transaction, long xid) : IAsyncDisposable
    {
        private bool _ended;

        public long Xid => xid;

        public async Task EndAsync()
        {
            if (!_ended)
            {
                _ended = true;
                await transaction.RollbackAsync();
            }
        }

        public async ValueTask DisposeAsync()
        {
            await transaction.DisposeAsync();
            await connection.DisposeAsync();
        }
    }

    /// <summary>The events one subscriber got for one grain, and a way to await a position.</summary>
    private sealed class Recorder(GrainId grain)
    {
        private readonly List<(long Position, string Kind)> _seen = [];
        private readonly List<(long Position, TaskCompletionSource Reached)> _awaited = [];

        public void Add(ChangeRecord change)
        {
            if (change.Grain != grain)
            {
                return;
            }

            lock (_seen)
            {
                _seen.Add((change.Position, change.Kind));
                _awaited.Where(a => a.Position <= change.Position).ToList().ForEach(a => a.Reached.TrySetResult());
            }
        }

        public Task Reached(long position)
        {
            lock (_seen)
            {
                if (_seen.Any(s => s.Position >= position))
                {
                    return Task.CompletedTask;
                }

                var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                _awaited.Add((position, reached));
                return reached.Task;
            }
        }

        public List<(long Position, string Kind)> Snapshot()
        {
            lock (_seen)
            {
                return [.. _seen];
            }
        }
    }
}
