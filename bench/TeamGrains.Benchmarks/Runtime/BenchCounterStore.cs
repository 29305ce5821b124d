using Dapper;
using TeamGrains.Silo.Storage;

namespace TeamGrains.Benchmarks.Runtime;

public sealed class BenchCounterStore : IGrainStateStore<BenchCounterState>
{
    public const string CreateTableSql = "CREATE TABLE IF NOT EXISTS bench_counters (key TEXT PRIMARY KEY, value BIGINT NOT NULL)";

    public const string UpsertSql =
        "INSERT INTO bench_counters (key, value) VALUES (@key, @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value";

    public async Task<BenchCounterState> ReadAsync(string key, IStorageTransaction transaction, CancellationToken cancellationToken)
        => new(await transaction.Connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT value FROM bench_counters WHERE key = @key", new { key }, transaction.Transaction, cancellationToken: cancellationToken)) ?? 0);
}
