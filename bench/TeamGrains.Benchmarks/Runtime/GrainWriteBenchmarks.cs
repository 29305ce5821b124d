using BenchmarkDotNet.Attributes;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TeamGrains.Interfaces.Runtime;
using TeamGrains.Silo.Extensions;
using TeamGrains.Silo.Storage;

namespace TeamGrains.Benchmarks.Runtime;

/// <summary>
/// One versioned grain write (CAS, the grain's SQL, change-log row, commit, local publication) on
/// SQLite in a temporary file, or on PostgreSQL when TEAMGRAINS_BENCH_POSTGRES names a database.
/// </summary>
[MemoryDiagnoser]
public class GrainWriteBenchmarks
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "teamgrains-bench", Guid.NewGuid().ToString("N"));
    private IHost _host = null!;
    private IBenchCounterGrain _counter = null!;

    [GlobalSetup]
    public void Setup()
    {
        Directory.CreateDirectory(_folder);
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = _folder });
        builder.Services.AddTeamGrainsSilo(storage =>
        {
            storage.PostgresConnectionString = Environment.GetEnvironmentVariable("TEAMGRAINS_BENCH_POSTGRES");
            storage.SqlitePath = Path.Combine(_folder, "bench.db");
        });
        builder.Services.AddGrain<IBenchCounterGrain, BenchCounterGrain>();
        builder.Services.AddGrainStateStore<BenchCounterState, BenchCounterStore>();
        _host = builder.Build();
        _host.StartAsync().GetAwaiter().GetResult();
        _host.Services.GetRequiredService<IStorage>().WriteAsync((tx, ct) => tx.Connection.ExecuteAsync(
            new CommandDefinition(BenchCounterStore.CreateTableSql, transaction: tx.Transaction, cancellationToken: ct))).GetAwaiter().GetResult();
        _counter = _host.Services.GetRequiredService<IGrainFactory>().GetGrain<IBenchCounterGrain>(Guid.NewGuid().ToString("N"));
        _counter.IncrementAsync().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _host.StopAsync().GetAwaiter().GetResult();
        _host.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark]
    public Task<long> VersionedWrite() => _counter.IncrementAsync();
}
