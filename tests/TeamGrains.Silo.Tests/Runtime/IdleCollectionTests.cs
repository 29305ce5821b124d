using Microsoft.Extensions.DependencyInjection;
using TeamGrains.Silo.Runtime;
using TeamGrains.Silo.Tests.Infrastructure;
using TeamGrains.Silo.Tests.Runtime.TestGrains;

namespace TeamGrains.Silo.Tests.Runtime;

public sealed class IdleCollectionTests(SqliteFileFixture database) : IClassFixture<SqliteFileFixture>
{
    private static readonly TimeSpan IdleAge = TimeSpan.FromMinutes(15);
    private readonly GrainProbe _probe = new();
    private readonly ManualTimeProvider _clock = new();

    [Fact]
    public async Task AnActivationIdleForTheIdleAgeIsCollectedByTheBackgroundCollector()
    {
        await using var silo = await StartAsync(collectionInterval: TimeSpan.FromMilliseconds(20));
        var key = NewKey();
        var counter = silo.GetGrain<ICounterGrain>(key);
        await counter.IncrementAsync(2);

        _clock.Advance(IdleAge);
        await _probe.Recorded(key, "deactivated:Idle");

        Assert.Equal(2, await counter.GetAsync());
        Assert.Equal(2, _probe.Count(key, "activated"));
    }

    [Fact]
    public async Task OnlyActivationsOlderThanTheIdleAgeAndNotInACallAreCollected()
    {
        await using var silo = await StartAsync(collectionInterval: TimeSpan.FromHours(1));
        var catalog = silo.Services.GetRequiredService<GrainCatalog>();
        var busy = NewKey();
        var recent = NewKey();
        var old = NewKey();
        await silo.GetGrain<ICounterGrain>(old).GetAsync();
        await silo.GetGrain<ICounterGrain>(busy).GetAsync();
        _clock.Advance(IdleAge - TimeSpan.FromMinutes(1));
        await silo.GetGrain<ICounterGrain>(recent).GetAsync();
        var held = silo.GetGrain<ICounterGrain>(busy).HoldAsync(busy);
        await _probe.Reached(busy);
        _clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(1, catalog.CollectIdle(IdleAge));
        await _probe.Recorded(old, "deactivated:Idle");
        Assert.DoesNotContain(_probe.EventsOf(recent), e => e.StartsWith("deactivated", StringComparison.Ordinal));
        Assert.DoesNotContain(_probe.EventsOf(busy), e => e.StartsWith("deactivated", StringComparison.Ordinal));

        _probe.Open(busy);
        await held;
    }

    private async Task<TestSilo> StartAsync(TimeSpan collectionInterval)
    {
        var silo = await TestSilo.StartAsync(
            database.Storage,
            s => s.AddCounterGrain(_probe).AddSingleton<TimeProvider>(_clock),
            o =>
            {
                o.IdleAge = IdleAge;
                o.CollectionInterval = collectionInterval;
            });
        await CounterSchema.CreateAsync(silo.Storage);
        return silo;
    }

    private static string NewKey() => Guid.NewGuid().ToString("N");
}
