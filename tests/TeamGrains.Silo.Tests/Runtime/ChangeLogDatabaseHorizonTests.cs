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
public sealed class ChangeLogDatabaseHorizonTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>, IAsyncLifetime
{
    // Only a safety net against a hang: events arrive within milliseconds when the horizon is right.
    private static readonly TimeSpan Hang = TimeSpan.FromMinutes(1);

    private readonly GrainId _grain = new("DatabaseHorizonGrain", Guid.NewGuid().ToString("N"));
    private readonly List<IDisposable> _subscriptions = [];
    private TestSilo _nodeA = null!;
    private TestSilo _nodeB = null!;

    public async Task InitializeAsync()
    {
        if (TestPostgres.SkipReason is not null && !TestPostgres.Required)
        {
            return;
        }

        _nodeA = await TestSilo.StartAsync(database.Storage);
        _nodeB = await TestSilo.StartAsync(database.Storage);
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
    public async Task ATransactionOpenInAnotherDatabaseDoesNotHoldBackPublication()
    {
        var seenOnB = Record(_nodeB);
        var other = await database.CreateIsolatedAsync();
        await using var elsewhere = await OpenTransactionAsync(other.PostgresConnectionString!);

        // Committed after the other database's xid was taken: the cluster-wide xmin stays below it.
        var first = await WriteAsync("first");
        Assert.True(first > elsewhere.Xid * 65536);
        await seenOnB.Reached(first).WaitAsync(Hang);
        Assert.True(_nodeB.ChangeFeed.AppliedPosition >= first);

        await elsewhere.EndAsync();
        var second = await WriteAsync("second");
        await seenOnB.Reached(second).WaitAsync(Hang);
        await _nodeB.Services.GetRequiredService<ChangeFollower>().CatchUpAsync(CancellationToken.None);

        Assert.Equal([(first, "first"), (second, "second")], seenOnB.Snapshot());
    }

    [PostgresFact]
    public async Task ATransactionOpenInThisDatabaseHoldsItBackUntilItEndsWithoutWritingTheLog()
    {
        var seenOnB = Record(_nodeB);
        var other = await database.CreateIsolatedAsync();
        await using var elsewhere = await OpenTransactionAsync(other.PostgresConnectionString!);
        await using var here = await OpenTransactionAsync(database.ConnectionString);

        var held = await WriteAsync("held");
        Assert.True(held > here.Xid * 65536);

        // Node B reads while this database's transaction is open: it may append rows below the commit.
        var batch = await _nodeB.Services.GetRequiredService<ChangeFollower>().CatchUpAsync(CancellationToken.None);
        Assert.True(batch.Horizon < here.Xid * 65536);
        Assert.True(batch.RowsAboveHorizon);
        Assert.True(_nodeB.ChangeFeed.AppliedPosition < here.Xid * 65536);
        Assert.Empty(seenOnB.Snapshot());

        // It ends without a row and without a NOTIFY (a rollback after a lost race): nodes notice anyway.
        await here.EndAsync();
        await seenOnB.Reached(held).WaitAsync(Hang);
        var after = await WriteAsync("after");
        await seenOnB.Reached(after).WaitAsync(Hang);

        Assert.Equal([(held, "held"), (after, "after")], seenOnB.Snapshot());
        await elsewhere.EndAsync();
    }

    private Task<long> WriteAsync(string kind) => _nodeA.Storage.WriteAsync((tx, _) =>
    {
        tx.AddChange(_grain, kind);
        return Task.CompletedTask;
    });

    private Recorder Record(TestSilo node)
    {
        var recorder = new Recorder(_grain);
        _subscriptions.Add(node.ChangeFeed.Subscribe(recorder.Add));
        return recorder;
    }

    private static async Task<OpenTransaction> OpenTransactionAsync(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var transaction = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand("SELECT pg_current_xact_id()::text", connection, transaction);
        var xid = long.Parse((string)(await command.ExecuteScalarAsync())!, CultureInfo.InvariantCulture);
        return new OpenTransaction(connection, transaction, xid);
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
