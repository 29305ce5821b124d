using TeamGrains.Cluster.Tests.Infrastructure;

namespace TeamGrains.Cluster.Tests.Tests;

/// <summary>Nodes come and go (stop, kill, restart) while the cluster keeps its answers.</summary>
public sealed class NodeLifecycleTests : IAsyncLifetime
{
    private TestCluster _cluster = null!;

    [PostgresFact]
    public async Task AKilledNodeLosesNothingItAcknowledged()
    {
        var alice = await _cluster[0].Client().SignUpAsync("alice");
        var org = await ClusterScenario.CreateOrganizationAsync(_cluster[0].Client(alice.Token), "Acme");

        await _cluster.KillNodeAsync(0);
        var (data, _) = await _cluster[1].Client(alice.Token).DataAsync("query($id: ID!) { organization(id: $id) { name } }", new { id = org });

        Assert.Equal("Acme", data.GetProperty("organization").GetProperty("name").GetString());
        Assert.Equal(1L, await _cluster.Database.ScalarAsync<long>("SELECT count(*) FROM organizations WHERE id = @id", ("id", org)));
    }

    [PostgresFact]
    public async Task ARestartedNodeAnswersLikeTheOthers()
    {
        var alice = await _cluster[0].Client().SignUpAsync("alice");
        var bob = await _cluster[1].Client().SignUpAsync("bob");
        var org = await ClusterScenario.CreateOrganizationAsync(_cluster[0].Client(alice.Token), "Acme");
        var joined = await ClusterScenario.JoinAsync(_cluster[0].Client(alice.Token), _cluster[1].Client(bob.Token), org, bob.Email, "ADMIN");
        Assert.True(await ClusterScenario.CheckAsync(_cluster[1].Client(alice.Token), org, bob.Id, "members:manage", null));

        await _cluster.KillNodeAsync(1);
        var (_, token) = await _cluster[0].Client(alice.Token).DataAsync(ClusterScenario.ChangeRole, new { o = org, u = bob.Id, r = "VIEWER" }, joined);
        await _cluster.RestartNodeAsync(1);

        foreach (var node in _cluster.Nodes)
        {
            Assert.False(await ClusterScenario.CheckAsync(node.Client(alice.Token), org, bob.Id, "members:manage", token));
            Assert.True(await ClusterScenario.CheckAsync(node.Client(alice.Token), org, bob.Id, "members:view", token));
        }
    }

    [PostgresFact]
    public async Task AStoppedNodeRestartsWithWhatOthersWroteMeanwhile()
    {
        var alice = await _cluster[0].Client().SignUpAsync("alice");

        await _cluster.StopNodeAsync(0);
        var org = await ClusterScenario.CreateOrganizationAsync(_cluster[1].Client(alice.Token), "While away");
        var restarted = await _cluster.RestartNodeAsync(0);
        var (data, _) = await restarted.Client(alice.Token).DataAsync("{ me { memberships { edges { node { organization { id } } } } } }");

        Assert.Contains(org, data.GetProperty("me").GetProperty("memberships").GetProperty("edges").EnumerateArray()
            .Select(e => e.GetProperty("node").GetProperty("organization").GetProperty("id").GetString()));
    }

    public async Task InitializeAsync() => _cluster = await TestCluster.StartAsync(nodes: 2);

    public async Task DisposeAsync() => await _cluster.DisposeAsync();
}
