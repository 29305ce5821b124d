using TeamGrains.Silo.Runtime;

namespace TeamGrains.Silo.Tests.Runtime.TestGrains;

public sealed class RelayGrain(GrainProbe probe) : Grain, IRelayGrain
{
    public Task<long> IncrementAsync(string counter, int by)
        => GrainFactory.GetGrain<ICounterGrain>(counter).IncrementNamingAsync(by, counter + "-named");

    public async Task<long> IncrementAfterAsync(string gate, string counter, int by)
    {
        await probe.WaitAtAsync(gate);
        return await IncrementAsync(counter, by);
    }

    public Task<long> RelayAsync(string next, string counter, int by)
        => GrainFactory.GetGrain<IRelayGrain>(next).IncrementAsync(counter, by);
}
