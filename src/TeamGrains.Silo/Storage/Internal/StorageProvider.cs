using System.Data.Common;

namespace TeamGrains.Silo.Storage.Internal;

/// <summary>What differs between PostgreSQL and SQLite: connections, transaction start, the change-log append, errors.</summary>
internal abstract class StorageProvider : IAsyncDisposable
{
    public abstract StorageDialect Dialect { get; }

    /// <summary>
    /// Opens a connection with no transaction, for single statements that need none (a statement sees
    /// one snapshot by itself): one round trip instead of BEGIN ... COMMIT.
    /// </summary>
    public abstract Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>Opens a transaction; a writing one on SQLite waits for the single writer slot (BEGIN IMMEDIATE).</summary>
    public abstract Task<StorageTransaction> BeginAsync(bool write, CancellationToken cancellationToken);

    /// <summary>
    /// Inserts the change-log rows with consecutive positions (PostgreSQL: from the transaction id;
    /// SQLite: from the one-row counter, under its single writer lock). Runs last in the writing
    /// transaction, after every row lock the transaction takes.
    /// </summary>
    public abstract Task<AppendResult> AppendChangesAsync(
        StorageTransaction transaction, IReadOnlyList<PendingChange> changes, DateTimeOffset committedAt, CancellationToken cancellationToken);

    /// <summary>
    /// Runs <paramref name="statements"/> in order, then appends <paramref name="changes"/> (none: no append),
    /// in the open writing transaction. This implementation sends one statement at a time (SQLite: no
    /// round trips to save); PostgreSQL sends them all as one batch, one round trip.
    /// </summary>
    public virtual async Task<BatchResult> ExecuteAndAppendAsync(
        StorageTransaction transaction,
        IReadOnlyList<Statement> statements,
        IReadOnlyList<PendingChange> changes,
        DateTimeOffset committedAt,
        CancellationToken cancellationToken)
    {
        var affected = new int[statements.Count];
        for (var i = 0; i < statements.Count; i++)
        {
            await using var command = transaction.CreateCommand(statements[i].Sql);
            foreach (var (name, value) in statements[i].Parameters)
            {
                command.With(name, value);
            }

            affected[i] = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var appended = changes.Count == 0
            ? default
            : await AppendChangesAsync(transaction, changes, committedAt, cancellationToken).ConfigureAwait(false);
        return new BatchResult(affected, appended);
    }

    /// <summary>The exception callers should see for a provider error: unique violation, conflict, or null to rethrow as is.</summary>
    public abstract Exception? Translate(Exception exception);

    /// <summary>Opens a connection that holds the migration lock until disposed.</summary>
    public abstract Task<DbConnection> OpenMigrationConnectionAsync(CancellationToken cancellationToken);

    /// <summary>Releases the migration lock taken by <see cref="OpenMigrationConnectionAsync"/>.</summary>
    public abstract Task ReleaseMigrationLockAsync(DbConnection connection, CancellationToken cancellationToken);

    public virtual ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
