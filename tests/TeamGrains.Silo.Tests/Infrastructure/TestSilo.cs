using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TeamGrains.Interfaces.Runtime;
using TeamGrains.Silo.Extensions;
using TeamGrains.Silo.Runtime;
using TeamGrains.Silo.Storage;

namespace TeamGrains.Silo.Tests.Infrastructure;

/// <summary>
/// One silo node in the test process (after Orleans' TestCluster): a started host with the grain
/// runtime over the given storage. Start two over one PostgreSQL database to get two nodes.
/// </summary>
public sealed class TestSilo : IAsyncDisposable
{
    private readonly IHost _host;

    private TestSilo(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;

    public IGrainFactory GrainFactory => Services.GetRequiredService<IGrainFactory>();

    public IStorage Storage => Services.GetRequiredService<IStorage>();

    public IChangeFeed ChangeFeed => Services.GetRequiredService<IChangeFeed>();

    /// <summary>
    /// Builds and starts a node: migrations run, the follower starts. <paramref name="configureServices"/>
    /// registers grains (<c>AddGrain</c>), state stores and anything else; it may replace TimeProvider.
    /// </summary>
    public static async Task<TestSilo> StartAsync(
        StorageOptions storage,
        Action<IServiceCollection>? configureServices = null,
        Action<GrainRuntimeOptions>? configureRuntime = null)
    {
        ArgumentNullException.ThrowIfNull(storage);
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Services.AddTeamGrainsSilo(
            options =>
            {
                options.PostgresConnectionString = storage.PostgresConnectionString;
                options.SqlitePath = storage.SqlitePath;
                options.NotifyOnCommit = storage.NotifyOnCommit;
            },
            configureRuntime);
        configureServices?.Invoke(builder.Services);

        var host = builder.Build();
        try
        {
            await host.StartAsync().ConfigureAwait(false);
        }
        catch
        {
            host.Dispose();
            throw;
        }

        return new TestSilo(host);
    }

    public TGrain GetGrain<TGrain>(string key)
        where TGrain : IGrainWithStringKey
        => GrainFactory.GetGrain<TGrain>(key);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _host.StopAsync().ConfigureAwait(false);
        }
        finally
        {
            if (_host is IAsyncDisposable asyncDisposable)
            {
                await asyncDisposable.DisposeAsync().ConfigureAwait(false);
            }
            else
            {
                _host.Dispose();
            }
        }
    }
}
