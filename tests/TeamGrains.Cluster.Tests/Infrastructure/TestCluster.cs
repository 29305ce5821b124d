using Microsoft.Extensions.DependencyInjection;

namespace TeamGrains.Cluster.Tests.Infrastructure;

/// <summary>
/// Several gateway + silo nodes in this test process over one PostgreSQL database, like Orleans'
/// TestCluster: start, stop, kill and restart nodes by index. Every node gets the same shared
/// configuration (the signing key above all), as the deployment documentation asks.
/// </summary>
public sealed class TestCluster : IAsyncDisposable
{
    public const string SigningKey = "cluster-test-signing-key-shared-by-every-node-0123456789";

    private readonly List<ClusterNode> _nodes = [];
    private readonly Dictionary<string, string?> _settings;

    private TestCluster(ClusterDatabase database, IReadOnlyDictionary<string, string?>? overrides)
    {
        Database = database;
        _settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Postgres"] = database.ConnectionString,
            ["Auth:SigningKey"] = SigningKey,
            ["Auth:DevelopmentTokens"] = "true",
            ["RateLimits:SignUpsPerMinute"] = "100000",
            ["RateLimits:MutationsPerSecond"] = "100000",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    public ClusterDatabase Database { get; }

    public ClusterNode this[int index] => _nodes[index];

    public IReadOnlyList<ClusterNode> Nodes => _nodes;

    /// <summary>A new database and <paramref name="nodes"/> started nodes.</summary>
    public static async Task<TestCluster> StartAsync(int nodes, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var cluster = new TestCluster(await ClusterDatabase.CreateAsync(), settings);
        for (var i = 0; i < nodes; i++)
        {
            cluster._nodes.Add(null!);
            await cluster.RestartNodeAsync(i);
        }

        return cluster;
    }

    /// <summary>Starts node <paramref name="index"/> afresh (after a stop or kill: a new silo, empty of activations).</summary>
    public async Task<ClusterNode> RestartNodeAsync(int index)
    {
        if (_nodes[index] is { IsRunning: true } running)
        {
            await running.StopAsync();
        }

        var node = new ClusterNode($"node{index}", _settings);
        _ = node.Server; // starts the host: migrations, follower, listener
        _nodes[index] = node;
        await node.Client().WaitReadyAsync();
        return node;
    }

    /// <summary>An extra node over the same database with some services replaced (to inject faults); the caller disposes it.</summary>
    public ClusterNode CreateFaultyNode(string name, Action<IServiceCollection> replaceServices)
    {
        var node = new ClusterNode(name, _settings, replaceServices);
        _ = node.Server;
        return node;
    }

    public Task StopNodeAsync(int index) => _nodes[index].StopAsync();

    public Task KillNodeAsync(int index) => _nodes[index].KillAsync();

    public async ValueTask DisposeAsync()
    {
        foreach (var node in _nodes.Where(n => n is { IsRunning: true }))
        {
            await node.StopAsync();
        }

        await Database.DisposeAsync();
    }
}
