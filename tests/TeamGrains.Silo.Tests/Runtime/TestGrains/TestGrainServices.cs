using Microsoft.Extensions.DependencyInjection;
using TeamGrains.Silo.Extensions;

namespace TeamGrains.Silo.Tests.Runtime.TestGrains;

public static class TestGrainServices
{
    /// <summary>Registers the counter grain, its store, and <paramref name="probe"/>.</summary>
    public static IServiceCollection AddCounterGrain(this IServiceCollection services, GrainProbe probe)
        => services
            .AddSingleton(probe)
            .AddGrain<ICounterGrain, CounterGrain>()
            .AddGrainStateStore<CounterState, CounterStateStore>();
}
