using System.Collections.Concurrent;
using Npgsql;
using TeamGrains.Interfaces.Runtime;

namespace TeamGrains.Silo.Storage.Internal;

/// <summary>
/// Makes contended writes to one grain fair across nodes (PostgreSQL only; SQLite has one writer).
/// A call that lost a write race takes the grain's exclusive advisory lock on a connection of its own
/// and keeps it while it reloads, re-decides and commits. Every other write of the grain takes the same
/// lock shared, without waiting, in its version compare-and-set (<see cref="CompareAndSetSql"/>): while
/// an exclusive holder or waiter exists it fails at once, so the holder cannot lose again to a warm
/// activation on another node, and the failed write queues for the exclusive lock itself (PostgreSQL
/// grants in arrival order). Only the exclusive lock waits, outside any transaction, so it can never
/// close a cycle with row locks. The holder's own commit runs on another connection and skips the
/// shared lock (<see cref="IsHeldHere"/>).
/// </summary>
internal sealed class GrainWriteLocks(StorageProvider provider)
{
    // Two-int advisory keys (a space apart from the one-bigint migration lock): "TGWL", hash of the grain id.
    private const string LockKey = "1414027084, hashtext(@t || '/' || @k)";

    private const string LockSql = "SELECT pg_advisory_lock(" + LockKey + ")";
    private const string UnlockSql = "SELECT pg_advisory_unlock(" + LockKey + ")";

    private const string GuardedInsertFirstVersionSql =
        "INSERT INTO grain_versions (grain_type, grain_key, version) SELECT @t, @k, 1 " +
        "WHERE pg_try_advisory_xact_lock_shared(" + LockKey + ") ON CONFLICT (grain_type, grain_key) DO NOTHING";

    private const string GuardedCompareAndSetSql =
        "UPDATE grain_versions SET version = version + 1 " +
        "WHERE grain_type = @t AND grain_key = @k AND version = @expected AND pg_try_advisory_xact_lock_shared(" + LockKey + ")";

    private const string PlainInsertFirstVersionSql =
        "INSERT INTO grain_versions (grain_type, grain_key, version) VALUES (@t, @k, 1) ON CONFLICT (grain_type, grain_key) DO NOTHING";

    private const string PlainCompareAndSetSql =
        "UPDATE grain_versions SET version = version + 1 WHERE grain_type = @t AND grain_key = @k AND version = @expected";

    private readonly ConcurrentDictionary<GrainId, int> _heldHere = new();

    /// <summary>Whether the provider uses these locks (PostgreSQL).</summary>
    public bool IsEnabled => provider is PostgresStorageProvider;

    /// <summary>Whether a call on this node holds <paramref name="id"/>'s exclusive lock.</summary>
    public bool IsHeldHere(GrainId id) => _heldHere.ContainsKey(id);

    /// <summary>
    /// The version compare-and-set of a write by <paramref name="writer"/> (parameters @t, @k and, unless
    /// <paramref name="expectedVersion"/> is 0, @expected); it updates no row when the version moved or,
    /// on PostgreSQL, while another node holds or awaits the grain's exclusive lock.
    /// </summary>
    public string CompareAndSetSql(GrainId writer, long expectedVersion)
    {
        var guarded = provider.Dialect == StorageDialect.PostgreSql && !IsHeldHere(writer);
        return (expectedVersion == 0, guarded) switch
        {
            (true, true) => GuardedInsertFirstVersionSql,
            (true, false) => PlainInsertFirstVersionSql,
            (false, true) => GuardedCompareAndSetSql,
            (false, false) => PlainCompareAndSetSql,
        };
    }

    /// <summary>
    /// Waits for <paramref name="id"/>'s exclusive lock (until <paramref name="cancellationToken"/>);
    /// dispose the result to release it. Null on SQLite, where writers are serialized anyway.
    /// </summary>
    public async Task<IAsyncDisposable?> AcquireAsync(GrainId id, CancellationToken cancellationToken)
    {
        if (provider is not PostgresStorageProvider postgres)
        {
            return null;
        }

        var connection = await postgres.SessionDataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await RunAsync(connection, LockSql, id, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        _heldHere.AddOrUpdate(id, 1, (_, count) => count + 1);
        return new Held(this, connection, id);
    }

    private static async Task RunAsync(NpgsqlConnection connection, string sql, GrainId id, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter<string>("t", id.Type));
        command.Parameters.Add(new NpgsqlParameter<string>("k", id.Key));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private void Forget(GrainId id)
    {
        while (_heldHere.TryGetValue(id, out var count))
        {
            if (count == 1 ? _heldHere.TryRemove(new KeyValuePair<GrainId, int>(id, 1)) : _heldHere.TryUpdate(id, count - 1, count))
            {
                return;
            }
        }
    }

    private sealed class Held(GrainWriteLocks owner, NpgsqlConnection connection, GrainId id) : IAsyncDisposable
    {
        private int _disposed;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _disposed, 1) != 0)
            {
                return;
            }

            owner.Forget(id);
            try
            {
                await RunAsync(connection, UnlockSql, id, CancellationToken.None).ConfigureAwait(false);
            }
            catch (NpgsqlException)
            {
                // The call's outcome stands. A broken session's locks end with it; a live one is reset
                // (DISCARD ALL, which releases advisory locks) before the pool hands it out again.
            }
            finally
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
