using System.Data.Common;
using System.Globalization;

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
    /// Ends a writing transaction: runs <paramref name="statements"/> in order, fails with a statement's
    /// <see cref="Statement.Unexpected"/> error when its row count is not its <see cref="Statement.ExpectedRows"/>,
    /// appends <paramref name="changes"/> (none: no append) and commits. This implementation sends one
    /// statement at a time (SQLite: no round trips to save); PostgreSQL sends all of it, the COMMIT
    /// included, as one batch: one round trip.
    /// </summary>
    public virtual async Task<FinishResult> FinishAsync(
        StorageTransaction transaction,
        IReadOnlyList<Statement> statements,
        IReadOnlyList<PendingChange> changes,
        DateTimeOffset committedAt,
        CancellationToken cancellationToken)
    {
        var values = new long?[statements.Count];
        for (var i = 0; i < statements.Count; i++)
        {
            var statement = statements[i];
            await using var command = transaction.CreateCommand(statement.Sql);
            foreach (var (name, value) in statement.Parameters)
            {
                command.With(name, value);
            }

            if (statement.ReturnsValue)
            {
                values[i] = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
                continue;
            }

            var affected = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            if (statement.ExpectedRows is { } expected && affected != expected)
            {
                throw statement.Failure();
            }
        }

        var appended = changes.Count == 0
            ? default
            : await AppendChangesAsync(transaction, changes, committedAt, cancellationToken).ConfigureAwait(false);
        await transaction.Transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new FinishResult(appended, values);
    }

    /// <summary>The exception callers should see for a provider error: unique violation, conflict, or null to rethrow as is.</summary>
    public abstract Exception? Translate(Exception exception);

    /// <summary>Opens a connection that holds the migration lock until disposed.</summary>
    public abstract Task<DbConnection> OpenMigrationConnectionAsync(CancellationToken cancellationToken);

    /// <summary>Releases the migration lock taken by <see cref="OpenMigrationConnectionAsync"/>.</summary>
    public abstract Task ReleaseMigrationLockAsync(DbConnection connection, CancellationToken cancellationToken);

    public virtual ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
