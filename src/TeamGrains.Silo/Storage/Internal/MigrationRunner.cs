using System.Data.Common;
using Microsoft.Extensions.Logging;

namespace TeamGrains.Silo.Storage.Internal;

/// <summary>
/// Applies the numbered migrations not yet recorded in <c>schema_migrations</c>, in order, in one
/// transaction, under the provider's migration lock (pg_advisory_lock; SQLite's single writer), so
/// that starting twice, or two nodes at once, applies each migration exactly once.
/// </summary>
internal sealed class MigrationRunner(StorageProvider provider, ILogger<MigrationRunner> logger)
{
    private const string CreateTableSql = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version    INTEGER PRIMARY KEY,
            name       TEXT    NOT NULL,
            applied_at TEXT    NOT NULL
        )
        """;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var scripts = MigrationScript.Load(provider.Dialect);
        await using var connection = await provider.OpenMigrationConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await ApplyAsync(connection, scripts, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await provider.ReleaseMigrationLockAsync(connection, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private async Task<int> ApplyAsync(DbConnection connection, IReadOnlyList<MigrationScript> scripts, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, CreateTableSql, cancellationToken).ConfigureAwait(false);

        var applied = new HashSet<int>();
        await using (var select = Command(connection, transaction, "SELECT version FROM schema_migrations"))
        await using (var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                applied.Add(Convert.ToInt32(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        var count = 0;
        foreach (var script in scripts.Where(s => !applied.Contains(s.Version)))
        {
            await ExecuteAsync(connection, transaction, script.Sql, cancellationToken).ConfigureAwait(false);
            await using var record = Command(connection, transaction, "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@v, @n, @at)")
                .With("@v", script.Version)
                .With("@n", script.Name)
                .With("@at", DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            Log.MigrationApplied(logger, script.Name, provider.Dialect);
            count++;
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return count;
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, sql);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
