using System.Data.Common;

namespace TeamGrains.Silo.Storage.Internal;

/// <summary>What differs between PostgreSQL and SQLite: connections, transaction start, the change-log append, errors.</summary>
internal abstract class StorageProvider : IAsyncDisposable
{
    public abstract StorageDialect Dialect { get; }

    /// <summary>Opens a transaction; a writing one on SQLite waits for the single writer slot (BEGIN IMMEDIATE).</summary>
    public abstract Task<StorageTransaction> BeginAsync(bool write, CancellationToken cancellationToken);

    /// <summary>
    /// Takes the next <paramref name="changes"/>.Count positions from the one-row counter and inserts
    /// the change-log rows; returns the last position. Runs last in the writing transaction so the
    /// counter row stays locked only for the commit's tail.
    /// </summary>
    public abstract Task<long> AppendChangesAsync(
        StorageTransaction transaction, IReadOnlyList<PendingChange> changes, DateTimeOffset committedAt, CancellationToken cancellationToken);

    /// <summary>The exception callers should see for a provider error: unique violation, conflict, or null to rethrow as is.</summary>
    public abstract Exception? Translate(Exception exception);

    /// <summary>Opens a connection that holds the migration lock until disposed.</summary>
    public abstract Task<DbConnection> OpenMigrationConnectionAsync(CancellationToken cancellationToken);

    /// <summary>Releases the migration lock taken by <see cref="OpenMigrationConnectionAsync"/>.</summary>
    public abstract Task ReleaseMigrationLockAsync(DbConnection connection, CancellationToken cancellationToken);

    public virtual ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
