using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using TeamGrains.Interfaces.Runtime;
using TeamGrains.Silo.Extensions;
using TeamGrains.Silo.Runtime;

namespace TeamGrains.Silo.Tests.Infrastructure;

/// <summary>
/// A node that is built but never started (no follower, listener or pruner on the wire), whose storage
/// reaches PostgreSQL through a <see cref="RoundTripCountingProxy"/> with one pooled connection and no
/// TLS (the proxy counts exactly only in plain text). The database's schema must exist already (start a
/// normal node on it once first: migrations run when a node starts).
/// </summary>
public sealed class CountedPostgresNode : IAsyncDisposable
{
    private readonly IHost _host;

    private CountedPostgresNode(IHost host, RoundTripCountingProxy proxy)
    {
        _host = host;
        Proxy = proxy;
    }

    public RoundTripCountingProxy Proxy { get; }

    public IServiceProvider Services => _host.Services;

    public IGrainFactory Grains => Services.GetRequiredService<IGrainFactory>();

    public static CountedPostgresNode Create(string connectionString)
    {
        var direct = new NpgsqlConnectionStringBuilder(connectionString);
        var proxy = new RoundTripCountingProxy(direct.Host!, direct.Port);
        var proxied = new NpgsqlConnectionStringBuilder(connectionString) { Host = "127.0.0.1", Port = proxy.Port, MaxPoolSize = 1, SslMode = SslMode.Disable };
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
        builder.Services.AddTeamGrainsSilo(options => options.PostgresConnectionString = proxied.ConnectionString).AddTeamGrainsDomain();
        return new CountedPostgresNode(builder.Build(), proxy);
    }

    /// <summary>Activates the grain directly through the catalog, with the proxy's count reset first.</summary>
    internal async Task<GrainActivation> ActivateCountedAsync(GrainId id)
    {
        var registration = Services.GetServices<GrainRegistration>().Single(r => r.TypeName == id.Type);
        var catalog = Services.GetRequiredService<GrainCatalog>();
        var activation = catalog.GetOrCreate(id, registration);
        Proxy.Reset();
        await catalog.ActivateAsync(activation);
        return activation;
    }

    public async ValueTask DisposeAsync()
    {
        _host.Dispose();
        await Proxy.DisposeAsync();
    }
}
