using System.Data.Common;
using System.Diagnostics;
using TeamGrains.Interfaces.Runtime;
using TeamGrains.Silo.Runtime;

namespace TeamGrains.Silo.Storage.Internal;

/// <summary>
/// Runs read and write transactions. A write is: the caller's SQL, the writer's version compare-and-set
/// together with a version bump for every other grain it names (so their in-flight writes conflict
/// and re-decide on the new state), the change-log rows (at most
/// <see cref="ChangeLogSql.MaxChangesPerTransaction"/>), commit. Provider errors come out as
/// <see cref="UniqueViolationException"/> or <see cref="GrainConflictException"/>.
/// </summary>
internal sealed class TransactionRunner(StorageProvider provider, GrainMetrics metrics, TimeProvider time)
{
    private const string BumpVersionSql =
        "INSERT INTO grain_versions (grain_type, grain_key, version) VALUES (@t, @k, 1) " +
        "ON CONFLICT (grain_type, grain_key) DO UPDATE SET version = grain_versions.version + 1";

    private const string CurrentVersionSql = "SELECT version FROM grain_versions WHERE grain_type = @t AND grain_key = @k";

    public StorageDialect Dialect => provider.Dialect;

    /// <summary>The per-grain locks that keep contended writes fair (taken by the dispatcher after a lost race).</summary>
    public GrainWriteLocks WriteLocks { get; } = new(provider);

    public async Task<T> ReadAsync<T>(Func<IStorageTransaction, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            await using var transaction = await provider.BeginAsync(write: false, cancellationToken).ConfigureAwait(false);
            var result = await read(transaction, cancellationToken).ConfigureAwait(false);
            if (transaction.Deferred.Count > 0)
            {
                throw new InvalidOperationException("A read transaction cannot queue writes (IStorageTransaction.Defer).");
            }

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
    /// Runs <paramref name="read"/> on a connection with no transaction, for one round trip: either one
    /// statement (it sees one snapshot by itself) or one command that carries its own
    /// <c>BEGIN ISOLATION LEVEL REPEATABLE READ; ...; COMMIT</c> (every statement sees the first one's
    /// snapshot; a failure skips the rest and the connection's return to the pool rolls it back).
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
            var pending = new List<PendingChange>();
            var finished = default(FinishResult);
            var bumps = new Dictionary<GrainId, int>();
            var committedAt = default(DateTimeOffset);
            await DecidingStalenessAsync(transaction, writer, expectedVersion, async () =>
            {
                await changes(transaction, cancellationToken).ConfigureAwait(false);
                pending = CollectChanges(transaction, writer, writerChangeKind);
                if (pending.Count > ChangeLogSql.MaxChangesPerTransaction)
                {
                    throw new InvalidOperationException(
                        $"One transaction may append at most {ChangeLogSql.MaxChangesPerTransaction} change-log rows; this one named {pending.Count}. Split the write.");
                }

                // Queued statements, version rows, change-log rows and COMMIT: one round trip on PostgreSQL.
                var statements = new List<Statement>(transaction.Deferred);
                AddVersionStatements(statements, pending, writer, expectedVersion, bumps);
                committedAt = time.GetUtcNow();
                finished = await provider.FinishAsync(transaction, statements, pending, committedAt, cancellationToken).ConfigureAwait(false);
            }).ConfigureAwait(false);

            var appended = finished!.Appended;
            var records = new List<ChangeRecord>(pending.Count);
            var first = appended.LastPosition - pending.Count + 1;
            for (var i = 0; i < pending.Count; i++)
            {
                records.Add(new ChangeRecord(first + i, pending[i].Grain, pending[i].Kind, pending[i].Payload, committedAt));
            }

            CommitScope.Record(records);
            return new CommitResult(appended.LastPosition, appended.StatePosition, records, Absorbable(pending, bumps, finished.Values));
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

    /// <summary>The named grains whose every change came with an absorber, with their new versions; their absorbers in order.</summary>
    private static List<AbsorbableChange> Absorbable(List<PendingChange> pending, Dictionary<GrainId, int> bumps, IReadOnlyList<long?> values)
    {
        var absorbable = new List<AbsorbableChange>(bumps.Count);
        foreach (var (grain, index) in bumps)
        {
            var absorbers = pending.Where(c => c.Grain == grain).Select(c => c.Absorb!).ToList();
            absorbable.Add(new AbsorbableChange(grain, values[index]!.Value, target => absorbers.ForEach(absorb => absorb(target))));
        }

        return absorbable;
    }

    /// <summary>
    /// Runs the write. The version compare-and-set comes only at its end, so when something fails before
    /// it (the caller's SQL, a queued statement missing its row count), a writer that was already stale
    /// gets a conflict (and re-decides on fresh state) rather than an error that its stale decision caused.
    /// </summary>
    private static async Task DecidingStalenessAsync(StorageTransaction transaction, GrainId? writer, long expectedVersion, Func<Task> write)
    {
        try
        {
            await write().ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not GrainConflictException and not OperationCanceledException && writer is { } id)
        {
            if (await IsStaleAsync(transaction, id, expectedVersion, CancellationToken.None).ConfigureAwait(false))
            {
                throw new GrainConflictException($"{id} is no longer at version {expectedVersion}.", exception);
            }

            throw;
        }
    }

    /// <summary>Whether <paramref name="id"/> moved past <paramref name="expectedVersion"/>; false when that cannot be read (the original error stands).</summary>
    private static async Task<bool> IsStaleAsync(StorageTransaction transaction, GrainId id, long expectedVersion, CancellationToken cancellationToken)
    {
        try
        {
            return await CurrentVersionAsync(transaction, id, cancellationToken).ConfigureAwait(false) != expectedVersion;
        }
        catch (Exception exception) when (exception is DbException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>
    /// The committed version of <paramref name="id"/> (0 before its first write). Rolls the failed
    /// transaction back first and reads on its connection: its locks go at once, and it needs no second
    /// connection (a full pool of writers queued behind its locks would wait for it forever).
    /// </summary>
    private static async Task<long> CurrentVersionAsync(StorageTransaction transaction, GrainId id, CancellationToken cancellationToken)
    {
        await transaction.Transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
        await using var command = transaction.Connection.CreateCommand();
        command.CommandText = CurrentVersionSql;
        command.With("@t", id.Type).With("@k", id.Key);
        var version = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return version is null or DBNull ? 0 : Convert.ToInt64(version, System.Globalization.CultureInfo.InvariantCulture);
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

    /// <summary>
    /// Adds the compare-and-set of the writer's version row and a bump of every other named grain's, all
    /// in one global order (type, key), after the caller's SQL: version rows are the last row locks a write
    /// takes (before the change-log rows), so two writes that name each other cannot deadlock, nor a
    /// version row against a tree lock (Grains/README.md, "Lock order"). The compare-and-set must update
    /// (or insert) its row, else the write is a conflict.
    /// </summary>
    private void AddVersionStatements(
        List<Statement> statements, List<PendingChange> pending, GrainId? writer, long expectedVersion, Dictionary<GrainId, int> absorbableBumps)
    {
        var rows = pending.Count == 1 ? [pending[0].Grain] : pending.Select(c => c.Grain)
            .Distinct()
            .OrderBy(g => g.Type, StringComparer.Ordinal)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        foreach (var grain in rows)
        {
            if (grain == writer)
            {
                statements.Add(new Statement(WriteLocks.CompareAndSetSql(grain, expectedVersion), expectedVersion == 0
                    ? [new("@t", grain.Type), new("@k", grain.Key)]
                    : [new("@t", grain.Type), new("@k", grain.Key), new("@expected", expectedVersion)])
                {
                    ExpectedRows = 1,
                    Unexpected = () => new GrainConflictException($"{grain} is no longer at version {expectedVersion}."),
                });
            }
            else if (pending.All(c => c.Grain != grain || c.Absorb is not null))
            {
                // Every change naming it can be absorbed: its new version tells whether its activation can.
                absorbableBumps[grain] = statements.Count;
                statements.Add(new Statement(BumpVersionSql + " RETURNING version", [new("@t", grain.Type), new("@k", grain.Key)]) { ReturnsValue = true });
            }
            else
            {
                statements.Add(new Statement(BumpVersionSql, [new("@t", grain.Type), new("@k", grain.Key)]));
            }
        }
    }
}
