using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using TeamGrains.Interfaces.Runtime;
using TeamGrains.Silo.Extensions;
using TeamGrains.Silo.Runtime;
using TeamGrains.Silo.Storage;

namespace TeamGrains.Benchmarks.Silo;

/// <summary>
/// A silo with the domain grains over a database of its own: a SQLite file in a temporary folder, or a
/// uniquely named database created on the PostgreSQL server that TEAMGRAINS_BENCH_POSTGRES names (the
/// variable the runtime write benchmark reads) and dropped on dispose, so that runs never share seeded rows.
/// </summary>
internal sealed class SiloBenchHost : IAsyncDisposable
{
    public const string PostgresVariable = "TEAMGRAINS_BENCH_POSTGRES";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "teamgrains-bench", Guid.NewGuid().ToString("N"));
    private string? _database;
    private IHost _host = null!;

    public static string? PostgresServer => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

    public IServiceProvider Services => _host.Services;

    public IGrainFactory Grains => Services.GetRequiredService<IGrainFactory>();

    public IStorage Storage => Services.GetRequiredService<IStorage>();

    internal GrainCatalog Catalog => Services.GetRequiredService<GrainCatalog>();

    public static async Task<SiloBenchHost> StartAsync(BenchStorage storage)
    {
        var silo = new SiloBenchHost();
        Directory.CreateDirectory(silo._folder);
        string? postgres = null;
        if (storage == BenchStorage.PostgreSql)
        {
            var server = PostgresServer ?? throw new InvalidOperationException($"Set {PostgresVariable} to run on PostgreSQL.");
            silo._database = "tg_bench_" + Guid.NewGuid().ToString("N")[..16];
            await ExecuteAdminAsync(server, $"CREATE DATABASE \"{silo._database}\"");
            postgres = new NpgsqlConnectionStringBuilder(server) { Database = silo._database }.ConnectionString;
        }

        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = silo._folder });
        builder.Services.AddTeamGrainsSilo(
            options =>
            {
                options.PostgresConnectionString = postgres;
                options.SqlitePath = Path.Combine(silo._folder, "bench.db");
            },
            // Nothing may be collected behind the measurement's back.
            runtime => runtime.IdleAge = TimeSpan.FromHours(2));
        builder.Services.AddTeamGrainsDomain();
        silo._host = builder.Build();
        await silo._host.StartAsync();
        return silo;
    }

    /// <summary>Drops the activation of <paramref name="id"/> through the runtime's own path (as idle collection does) and waits for it to finish.</summary>
    public async Task DeactivateAsync(GrainId id)
    {
        if (Catalog.TryGet(id, out var activation) && Catalog.Deactivate(activation, DeactivationReason.Idle) && activation.Deactivation is { } finishing)
        {
            await finishing;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        Directory.Delete(_folder, recursive: true);
        if (_database is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAdminAsync(PostgresServer!, $"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)");
        }
    }

    private static async Task ExecuteAdminAsync(string server, string sql)
    {
        var admin = new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString;
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
