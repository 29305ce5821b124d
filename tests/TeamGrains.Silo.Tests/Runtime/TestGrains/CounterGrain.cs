using Dapper;
using TeamGrains.Interfaces.Runtime;
using TeamGrains.Silo.Runtime;
using TeamGrains.Silo.Storage;

namespace TeamGrains.Silo.Tests.Runtime.TestGrains;

public sealed class CounterGrain(GrainProbe probe, IStorage storage) : Grain<CounterState>, ICounterGrain
{
    private int _inTurn;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        probe.Record(GrainKey, "activated");
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        probe.Record(GrainKey, "deactivated:" + reason);
        return Task.CompletedTask;
    }

    public async Task<int> IncrementAsync(int by)
    {
        var next = State.Value + by;
        await WriteStateAsync("incremented", (tx, ct) => Upsert(tx, GrainKey, next, ct), () => State = State with { Value = next });
        return next;
    }

    public Task<int> GetAsync() => Task.FromResult(State.Value);

    public ValueTask<int> GetValueAsync() => ValueTask.FromResult(State.Value);

    public Task<int> PeekAsync() => Task.FromResult(State.Value);

    public async Task HoldAsync(string gate)
    {
        if (Interlocked.Increment(ref _inTurn) > 1)
        {
            probe.Record(GrainKey, "overlap");
        }

        probe.Record(GrainKey, "enter:" + gate);
        await probe.WaitAtAsync(gate);
        probe.Record(GrainKey, "exit:" + gate);
        Interlocked.Decrement(ref _inTurn);
    }

    public async Task<int> IncrementPausingInTransactionAsync(string gate, int by)
    {
        var next = State.Value + by;
        await WriteStateAsync("incremented", async (tx, ct) =>
        {
            await probe.WaitAtAsync(gate);
            await Upsert(tx, GrainKey, next, ct);
        }, () => State = State with { Value = next });
        return next;
    }

    public async Task<int> IncrementAfterAsync(string gate, int by)
    {
        var next = State.Value + by;
        await probe.WaitAtAsync(gate);
        await WriteStateAsync("incremented", (tx, ct) => Upsert(tx, GrainKey, next, ct), () => State = State with { Value = next });
        return next;
    }

    public async Task<int> IncrementCheckedAfterAsync(string gate, int by)
    {
        var (current, next) = (State.Value, State.Value + by);
        await probe.WaitAtAsync(gate);
        await WriteStateAsync("incremented", async (tx, ct) =>
        {
            var stored = await tx.Connection.ExecuteScalarAsync<long?>(new CommandDefinition(
                "SELECT value FROM counters WHERE key = @key", new { key = GrainKey }, tx.Transaction, cancellationToken: ct)) ?? 0;
            if (stored != current)
            {
                throw new InvalidOperationException($"Decided from {current}, but {stored} is stored.");
            }

            await Upsert(tx, GrainKey, next, ct);
        }, () => State = State with { Value = next });
        return next;
    }

    public async Task<int> IncrementAlwaysOvertakenAsync(int by)
    {
        var next = State.Value + by;
        probe.Record(GrainKey, "attempt");
        await WriteStateAsync("incremented", async (tx, ct) =>
        {
            await storage.WriteAsync((other, _) =>
            {
                other.AddChange(GrainId, "touched");
                return Task.CompletedTask;
            }, ct);
            await Upsert(tx, GrainKey, next, ct);
        }, () => State = State with { Value = next });
        return next;
    }

    public ValueTask DeactivateAsync()
    {
        DeactivateOnIdle();
        return ValueTask.CompletedTask;
    }

    public Task<int> CallOtherAsync(string other) => GrainFactory.GetGrain<ICounterGrain>(other).CallBackAsync(GrainKey);

    public Task<int> CallBackAsync(string caller) => GrainFactory.GetGrain<ICounterGrain>(caller).GetAsync();

    public async Task<long> IncrementNamingAsync(int by, string other)
    {
        var next = State.Value + by;
        var position = await WriteStateAsync("incremented", (tx, ct) =>
        {
            tx.AddChange(GrainId.For<ICounterGrain>(other), "touched");
            return Upsert(tx, GrainKey, next, ct);
        }, () => State = State with { Value = next });
        return position;
    }

    public async Task<int> IncrementFailingToApplyAsync(int by)
    {
        var next = State.Value + by;
        await WriteStateAsync("incremented", (tx, ct) => Upsert(tx, GrainKey, next, ct), () => throw new InvalidOperationException("apply failed"));
        return next;
    }

    public Task<int> ThrowAsync() => throw new InvalidOperationException("thrown synchronously");

    private static Task Upsert(IStorageTransaction tx, string key, int value, CancellationToken ct)
        => tx.Connection.ExecuteAsync(new CommandDefinition(CounterSchema.UpsertSql, new { key, value }, tx.Transaction, cancellationToken: ct));
}
