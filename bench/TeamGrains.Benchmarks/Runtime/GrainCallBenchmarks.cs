using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TeamGrains.Interfaces.Runtime;
using TeamGrains.Silo.Extensions;

namespace TeamGrains.Benchmarks.Runtime;

/// <summary>
/// The runtime's cost of one call on a warm activation (proxy, invoker, turn, metrics), against a
/// direct interface call on the grain object. Storage is SQLite in a temporary file; warm calls never reach it.
/// </summary>
[MemoryDiagnoser]
public class GrainCallBenchmarks
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "teamgrains-bench", Guid.NewGuid().ToString("N"));
    private IHost _host = null!;
    private IGrainFactory _factory = null!;
    private IBenchGrain _warm = null!;
    private IBenchGrain _direct = null!;

    [GlobalSetup]
    public void Setup()
    {
        Directory.CreateDirectory(_folder);
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = _folder });
        builder.Services.AddTeamGrainsSilo(storage => storage.SqlitePath = Path.Combine(_folder, "bench.db"));
        builder.Services.AddGrain<IBenchGrain, BenchGrain>();
        _host = builder.Build();
        _host.StartAsync().GetAwaiter().GetResult();
        _factory = _host.Services.GetRequiredService<IGrainFactory>();
        _warm = _factory.GetGrain<IBenchGrain>("warm");
        _warm.GetAsync().GetAwaiter().GetResult();
        _factory.GetGrain<IBenchGrain>("fresh-reference").GetAsync().GetAwaiter().GetResult();
        _direct = new BenchGrain();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _host.StopAsync().GetAwaiter().GetResult();
        _host.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Baseline = true)]
    public Task<int> DirectInterfaceCall() => _direct.GetAsync();

    [Benchmark]
    public Task<int> WarmCallTask() => _warm.GetAsync();

    [Benchmark]
    public ValueTask<int> WarmCallValueTask() => _warm.GetValueAsync();

    [Benchmark]
    public Task WarmCallNoResult() => _warm.TouchAsync();

    [Benchmark]
    public Task<int> WarmCallInterleaved() => _warm.PeekAsync();

    /// <summary>A new reference per call (GetGrain, then the catalog look-up), as a request handler does.</summary>
    [Benchmark]
    public Task<int> NewReferenceThenCall() => _factory.GetGrain<IBenchGrain>("fresh-reference").GetAsync();
}
