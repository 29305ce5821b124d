using Dapper;
using TeamGrains.Silo.Storage;

namespace TeamGrains.Silo.Tests.Runtime.TestGrains;

public sealed class CounterStateStore(GrainProbe probe) : IGrainStateStore<CounterState>
{
    public IReadOnlyList<string> Queries { get; } = ["SELECT value FROM counters WHERE key = @key"];

    public async Task<CounterState> ReadAsync(string key, SqlMapper.GridReader results)
    {
        probe.Record(key, "loaded");
        await probe.BeforeLoadAsync(key);
        var value = await results.ReadSingleOrDefaultAsync<long?>();
        return new CounterState((int)(value ?? 0));
    }
}
