using Dapper;
using TeamGrains.Silo.Storage;

namespace TeamGrains.Benchmarks.Runtime;

public sealed class BenchCounterStore : IGrainStateStore<BenchCounterState>
{
    public const string CreateTableSql = "CREATE TABLE IF NOT EXISTS bench_counters (key TEXT PRIMARY KEY, value BIGINT NOT NULL)";

    public const string UpsertSql =
        "INSERT INTO bench_counters (key, value) VALUES (@key, @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value";

    public IReadOnlyList<string> Queries { get; } = ["SELECT value FROM bench_counters WHERE key = @key"];

    public async Task<BenchCounterState> ReadAsync(string key, SqlMapper.GridReader results)
        => new(await results.ReadSingleOrDefaultAsync<long?>().ConfigureAwait(false) ?? 0);
}
