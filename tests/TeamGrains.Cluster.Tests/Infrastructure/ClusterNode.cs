using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace TeamGrains.Cluster.Tests.Infrastructure;

/// <summary>
/// One node of a <see cref="TestCluster"/>: the whole gateway with its co-hosted silo (its own DI
/// container, grain catalog, change follower and NOTIFY listener), configured like a production node
/// over the cluster's PostgreSQL database.
/// </summary>
public sealed class ClusterNode : WebApplicationFactory<Program>
{
    private readonly string _contentRoot = Directory.CreateTempSubdirectory("teamgrains-cluster-node-").FullName;
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _replaceServices;

    internal ClusterNode(string name, IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? replaceServices = null)
    {
        Name = name;
        _settings = settings;
        _replaceServices = replaceServices;
    }

    public string Name { get; }

    /// <summary>False once the node was stopped or killed.</summary>
    public bool IsRunning { get; private set; } = true;

    /// <summary>An HTTP client for this node, as a front end would hold one.</summary>
    public GraphQLClient Client(string? bearer = null) => new(CreateClient(), Name, bearer);

    /// <summary>A graphql-transport-ws connection to this node.</summary>
    public Task<SubscriptionClient> SubscribeClientAsync(string bearer) => SubscriptionClient.ConnectAsync(Server, bearer);

    /// <summary>
    /// Stops without grace: the host's stop token is already cancelled, so background work (the change
    /// follower, the LISTEN connection) is abandoned at once and in-flight requests are aborted. This is
    /// the closest a process can come to killing a part of itself; tests/cluster does the real kill -9.
    /// </summary>
    public async Task KillAsync()
    {
        IsRunning = false;
        try
        {
            await Services.GetRequiredService<IHost>().StopAsync(new CancellationToken(canceled: true));
        }
        catch (OperationCanceledException)
        {
            // Expected: nothing was given time to finish.
        }

        await DisposeAsync();
    }

    /// <summary>Stops gracefully (what a rolling deployment does).</summary>
    public async Task StopAsync()
    {
        IsRunning = false;
        await DisposeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseContentRoot(_contentRoot);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_replaceServices is not null)
        {
            builder.ConfigureTestServices(_replaceServices);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_contentRoot))
        {
            Directory.Delete(_contentRoot, recursive: true);
        }
    }
}
