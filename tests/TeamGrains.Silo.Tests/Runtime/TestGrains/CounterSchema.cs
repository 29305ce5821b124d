using Dapper;
using TeamGrains.Silo.Storage;

namespace TeamGrains.Silo.Tests.Runtime.TestGrains;

/// <summary>The test-only table of <see cref="CounterGrain"/>, created by the tests (not a migration).</summary>
public static class CounterSchema
{
    public const string UpsertSql =
        "INSERT INTO counters (key, value) VALUES (@key, @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value";

    public static Task CreateAsync(IStorage storage) => storage.WriteAsync((tx, ct) => tx.Connection.ExecuteAsync(
        new CommandDefinition("CREATE TABLE IF NOT EXISTS counters (key TEXT PRIMARY KEY, value INTEGER NOT NULL)", transaction: tx.Transaction, cancellationToken: ct)));

    /// <summary>The committed value in the table (0 when there is no row).</summary>
    public static Task<long> ReadAsync(IStorage storage, string key) => storage.ReadAsync(async (tx, ct) =>
        await tx.Connection.ExecuteScalarAsync<long?>(
            new CommandDefinition("SELECT value FROM counters WHERE key = @key", new { key }, tx.Transaction, cancellationToken: ct)) ?? 0);
}
