using System.Data.Common;
using System.Diagnostics;
using TeamGrains.Interfaces.Runtime;
using TeamGrains.Silo.Runtime;

namespace TeamGrains.Silo.Storage.Internal;

/// <summary>
/// Runs read and write transactions. A write is: compare-and-set of the writer's version row, the
/// caller's SQL, a version bump for every other grain it names (so their in-flight writes conflict
/// and re-decide on the new state), the change-log rows (at most
/// <see cref="ChangeLogSql.MaxChangesPerTransaction"/>), commit. Provider errors come out as
/// <see cref="UniqueViolationException"/> or <see cref="GrainConflictException"/>.
/// </summary>
internal sealed class TransactionRunner(StorageProvider provider, GrainMetrics metrics, TimeProvider time)
{
    private const string InsertFirstVersionSql =
        "INSERT INTO grain_versions (grain_type, grain_key, version) VALUES (@t, @k, 1) ON CONFLICT (grain_type, grain_key) DO NOTHING";

    private const string CompareAndSetSql =
        "UPDATE grain_versions SET version = version + 1 WHERE grain_type = @t AND grain_key = @k AND version = @expected";

    private const string BumpVersionSql =
        "INSERT INTO grain_versions (grain_type, grain_key, version) VALUES (@t, @k, 1) " +
        "ON CONFLICT (grain_type, grain_key) DO UPDATE SET version = grain_versions.version + 1";

    public StorageDialect Dialect => provider.Dialect;

    public async Task<T> ReadAsync<T>(Func<IStorageTransaction, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            await using var transaction = await provider.BeginAsync(write: false, cancellationToken).ConfigureAwait(false);
            var result = await read(transaction, cancellationToken).ConfigureAwait(false);
            await transaction.Transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return result;
        }
        catch (Exception exception) when (provider.Translate(exception) is { } translated)
        {
            throw translated;
        }
        finally
        {
            metrics.StorageCompleted("read", start);
        }
    }

    /// <summary>
    /// Runs <paramref name="read"/>, which must issue exactly one statement, on a connection with no
    /// transaction: the statement sees one snapshot by itself, and it costs one round trip.
    /// </summary>
    public async Task<T> ReadStatementAsync<T>(Func<DbConnection, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            await using var connection = await provider.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            return await read(connection, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (provider.Translate(exception) is { } translated)
        {
            throw translated;
        }
        finally
        {
            metrics.StorageCompleted("read", start);
        }
    }

    /// <summary>
    /// Commits <paramref name="changes"/>; with a <paramref name="writer"/>, only if its version is still
    /// <paramref name="expectedVersion"/> (then its version becomes expectedVersion + 1).
    /// </summary>
    public async Task<CommitResult> WriteAsync(
        GrainId? writer,
        long expectedVersion,
        string? writerChangeKind,
        Func<IStorageTransaction, CancellationToken, Task> changes,
        CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            await using var transaction = await provider.BeginAsync(write: true, cancellationToken).ConfigureAwait(false);
            if (writer is { } id && !await CompareAndSetAsync(transaction, id, expectedVersion, cancellationToken).ConfigureAwait(false))
            {
                throw new GrainConflictException($"{id} is no longer at version {expectedVersion}.");
            }

            await changes(transaction, cancellationToken).ConfigureAwait(false);

            var pending = CollectChanges(transaction, writer, writerChangeKind);
            await BumpNamedVersionsAsync(transaction, pending, writer, cancellationToken).ConfigureAwait(false);

            if (pending.Count > ChangeLogSql.MaxChangesPerTransaction)
            {
                throw new InvalidOperationException(
                    $"One transaction may append at most {ChangeLogSql.MaxChangesPerTransaction} change-log rows; this one named {pending.Count}. Split the write.");
            }

            var records = new List<ChangeRecord>(pending.Count);
            var appended = default(AppendResult);
            if (pending.Count > 0)
            {
                var committedAt = time.GetUtcNow();
                appended = await provider.AppendChangesAsync(transaction, pending, committedAt, cancellationToken).ConfigureAwait(false);
                var first = appended.LastPosition - pending.Count + 1;
                for (var i = 0; i < pending.Count; i++)
                {
                    records.Add(new ChangeRecord(first + i, pending[i].Grain, pending[i].Kind, pending[i].Payload, committedAt));
                }
            }

            await transaction.Transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return new CommitResult(appended.LastPosition, appended.StatePosition, records);
        }
        catch (Exception exception) when (provider.Translate(exception) is { } translated)
        {
            throw translated;
        }
        finally
        {
            metrics.StorageCompleted("write", start);
        }
    }

    /// <summary>The writer's own row first (unless it named itself, with a payload), then the named rows in order.</summary>
    private static List<PendingChange> CollectChanges(StorageTransaction transaction, GrainId? writer, string? writerChangeKind)
    {
        var pending = new List<PendingChange>(transaction.Changes.Count + 1);
        if (writer is { } id && !transaction.Changes.Any(c => c.Grain == id))
        {
            pending.Add(new PendingChange(id, writerChangeKind ?? "changed", null));
        }

        pending.AddRange(transaction.Changes);
        return pending;
    }

    private static async Task<bool> CompareAndSetAsync(StorageTransaction transaction, GrainId id, long expectedVersion, CancellationToken cancellationToken)
    {
        var sql = expectedVersion == 0 ? InsertFirstVersionSql : CompareAndSetSql;
        await using var command = transaction.CreateCommand(sql).With("@t", id.Type).With("@k", id.Key);
        if (expectedVersion != 0)
        {
            command.With("@expected", expectedVersion);
        }

        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    private static async Task BumpNamedVersionsAsync(
        StorageTransaction transaction, List<PendingChange> pending, GrainId? writer, CancellationToken cancellationToken)
    {
        // A fixed order keeps two transactions that name the same grains from deadlocking each other.
        var named = pending.Select(c => c.Grain)
            .Where(g => g != writer)
            .Distinct()
            .OrderBy(g => g.Type, StringComparer.Ordinal)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        if (named.Count == 0)
        {
            return;
        }

        await using var command = transaction.CreateCommand(BumpVersionSql).With("@t", "").With("@k", "");
        foreach (var grain in named)
        {
            command.Parameters["@t"].Value = grain.Type;
            command.Parameters["@k"].Value = grain.Key;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
