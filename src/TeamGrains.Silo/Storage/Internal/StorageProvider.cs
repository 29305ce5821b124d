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
    /// Ends a writing transaction: runs <paramref name="statements"/> in order, fails with a statement's
    /// <see cref="Statement.Unexpected"/> error when its row count is not its <see cref="Statement.ExpectedRows"/>,
    /// appends <paramref name="changes"/> (none: no append) with consecutive positions (PostgreSQL: from the
    /// transaction id; SQLite: from the one-row counter, under its single writer lock) and commits. The
    /// change-log rows come last, after every row lock the transaction takes.
    /// </summary>
    public abstract Task<FinishResult> FinishAsync(
        StorageTransaction transaction,
        IReadOnlyList<Statement> statements,
        IReadOnlyList<PendingChange> changes,
        DateTimeOffset committedAt,
        CancellationToken cancellationToken);

    /// <summary>The exception callers should see for a provider error: unique violation, conflict, or null to rethrow as is.</summary>
    public abstract Exception? Translate(Exception exception);

    /// <summary>Opens a connection that holds the migration lock until disposed.</summary>
    public abstract Task<DbConnection> OpenMigrationConnectionAsync(CancellationToken cancellationToken);

    /// <summary>Releases the migration lock taken by <see cref="OpenMigrationConnectionAsync"/>.</summary>
    public abstract Task ReleaseMigrationLockAsync(DbConnection connection, CancellationToken cancellationToken);

    public virtual ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
