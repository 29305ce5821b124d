using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using TeamGrains.Interfaces.Runtime;
using TeamGrains.Silo.Tests.Infrastructure;
using TeamGrains.Silo.Tests.Runtime.TestGrains;

namespace TeamGrains.Silo.Tests.Runtime;

public sealed class MetricsTests(SqliteFileFixture database) : IClassFixture<SqliteFileFixture>
{
    private readonly GrainProbe _probe = new();

    [Fact]
    public async Task TheSiloMeterReportsActivationsCallsDurationsConflictsAndStorageLatency()
    {
        await using var silo = await TestSilo.StartAsync(database.Storage, s => s.AddCounterGrain(_probe));
        await CounterSchema.CreateAsync(silo.Storage);
        var measurements = new ConcurrentDictionary<string, ConcurrentBag<double>>();
        using var listener = Listen(silo.Services.GetRequiredService<IMeterFactory>(), measurements);

        var key = Guid.NewGuid().ToString("N");
        var counter = silo.GetGrain<ICounterGrain>(key);
        await counter.IncrementAsync(1);
        for (var i = 0; i < 10; i++)
        {
            await counter.GetAsync();
        }

        // A write naming the grain while its call waits between deciding and writing: one lost race.
        var call = counter.IncrementAfterAsync(key, 1);
        await _probe.Reached(key);
        await silo.Storage.WriteAsync((tx, _) =>
        {
            tx.AddChange(GrainId.For<ICounterGrain>(key), "touched");
            return Task.CompletedTask;
        });
        _probe.Open(key);
        await call;

        Assert.True(Sum(measurements, "teamgrains.grain.activations") >= 1);
        Assert.True(Sum(measurements, "teamgrains.grain.calls") >= 12);
        Assert.True(Count(measurements, "teamgrains.grain.call.duration") >= 12);
        Assert.Equal(1, Sum(measurements, "teamgrains.grain.conflicts"));
        Assert.True(Count(measurements, "teamgrains.storage.duration") >= 3);
        Assert.True(Sum(measurements, "teamgrains.changes.applied") >= 3);
    }

    private static MeterListener Listen(IMeterFactory factory, ConcurrentDictionary<string, ConcurrentBag<double>> measurements)
    {
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == "TeamGrains.Silo" && ReferenceEquals(instrument.Meter.Scope, factory))
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => measurements.GetOrAdd(instrument.Name, _ => []).Add(value));
        listener.SetMeasurementEventCallback<double>((instrument, value, _, _) => measurements.GetOrAdd(instrument.Name, _ => []).Add(value));
        listener.Start();
        return listener;
    }

    private static double Sum(ConcurrentDictionary<string, ConcurrentBag<double>> measurements, string name)
        => measurements.TryGetValue(name, out var values) ? values.Sum() : 0;

    private static int Count(ConcurrentDictionary<string, ConcurrentBag<double>> measurements, string name)
        => measurements.TryGetValue(name, out var values) ? values.Count : 0;
}
