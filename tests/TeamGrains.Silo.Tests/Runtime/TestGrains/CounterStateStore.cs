using Dapper;
using TeamGrains.Silo.Storage;

namespace TeamGrains.Silo.Tests.Runtime.TestGrains;

public sealed class CounterStateStore(GrainProbe probe) : IGrainStateStore<CounterState>
{
    public async Task<CounterState> ReadAsync(string key, IStorageTransaction transaction, CancellationToken cancellationToken)
    {
        probe.Record(key, "loaded");
        await probe.BeforeLoadAsync(key);
        var value = await transaction.Connection.ExecuteScalarAsync<long?>(
            new CommandDefinition("SELECT value FROM counters WHERE key = @key", new { key }, transaction.Transaction, cancellationToken: cancellationToken));
        return new CounterState((int)(value ?? 0));
    }
}
