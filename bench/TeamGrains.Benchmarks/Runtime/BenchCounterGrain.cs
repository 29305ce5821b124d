using Dapper;
using TeamGrains.Silo.Runtime;

namespace TeamGrains.Benchmarks.Runtime;

public sealed class BenchCounterGrain : Grain<BenchCounterState>, IBenchCounterGrain
{
    public async Task<long> IncrementAsync()
    {
        var next = State.Value + 1;
        await WriteStateAsync("incremented", (tx, ct) => tx.Connection.ExecuteAsync(
            new CommandDefinition(BenchCounterStore.UpsertSql, new { key = GrainKey, value = next }, tx.Transaction, cancellationToken: ct)),
            () => State = State with { Value = next });
        return next;
    }
}
