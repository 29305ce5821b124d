using TeamGrains.Cluster.Tests.Infrastructure;

namespace TeamGrains.Cluster.Tests.Tests;

/// <summary>
/// Consistency tokens across nodes (Zanzibar's "new enemy" problem): a read on another node that
/// carries the token of a write is answered from state at least that new.
/// </summary>
public sealed class ConsistencyTokenTests : IAsyncLifetime
{
    private TestCluster _cluster = null!;

    [PostgresFact]
    public async Task AMemberRemovedOnOneNodeHasNoPermissionOnAnotherNodeGivenTheToken()
    {
        var (alice, bob, org) = await OrganizationWithAdminAsync();
        var aliceOnB = _cluster[1].Client(alice.Token);
        Assert.True(await ClusterScenario.CheckAsync(aliceOnB, org, bob.Id, "members:view", null)); // node B holds bob's permissions in memory

        var (_, token) = await _cluster[0].Client(alice.Token).DataAsync(
            "mutation($o: ID!, $u: ID!) { removeMember(organizationId: $o, userId: $u) }", new { o = org, u = bob.Id });

        Assert.NotNull(token);
        Assert.False(await ClusterScenario.CheckAsync(aliceOnB, org, bob.Id, "members:view", token));
    }

    [PostgresFact]
    public async Task TheTokenMayTravelAsAHeader()
    {
        var (alice, bob, org) = await OrganizationWithAdminAsync();
        var aliceOnB = _cluster[1].Client(alice.Token);
        Assert.True(await ClusterScenario.CheckAsync(aliceOnB, org, bob.Id, "members:manage", null));

        var (_, token) = await _cluster[0].Client(alice.Token).DataAsync(ClusterScenario.ChangeRole, new { o = org, u = bob.Id, r = "VIEWER" });
        var response = await aliceOnB.SendAsync(ClusterScenario.Check, new { o = org, u = bob.Id, p = "members:manage" }, token, tokenAsHeader: true);

        Assert.Null(response.Errors);
        Assert.False(response.Body.GetProperty("data").GetProperty("checkPermission").GetBoolean());
    }

    /// <summary>
    /// Other nodes commit all the time, so the writer's node may not have applied every earlier
    /// position when its own commit returns: the token must still cover the write itself.
    /// </summary>
    [PostgresFact]
    public async Task TokensCoverTheirWriteWhileOtherNodesCommitConcurrently()
    {
        var (alice, bob, org) = await OrganizationWithAdminAsync();
        var writer = _cluster[0].Client(alice.Token);
        var reader = _cluster[1].Client(alice.Token);
        using var stop = new CancellationTokenSource();
        var background = Task.Run(async () =>
        {
            var signUps = 0;
            while (!stop.IsCancellationRequested)
            {
                await _cluster[2].Client().SignUpAsync("noise" + signUps++);
            }

            return signUps;
        });

        var stale = new List<int>();
        for (var round = 0; round < 30; round++)
        {
            var role = round % 2 == 0 ? "VIEWER" : "ADMIN";
            var (_, token) = await writer.DataAsync(ClusterScenario.ChangeRole, new { o = org, u = bob.Id, r = role });
            if (await ClusterScenario.CheckAsync(reader, org, bob.Id, "members:manage", token) != (role == "ADMIN"))
            {
                stale.Add(round);
            }
        }

        await stop.CancelAsync();
        Assert.True(await background > 0);
        Assert.Empty(stale);
    }

    public async Task InitializeAsync() => _cluster = await TestCluster.StartAsync(nodes: 3);

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    /// <summary>Alice (on node A) owns an organization where Bob (signed up on node B) is an ADMIN.</summary>
    private async Task<(TestUser Alice, TestUser Bob, string Organization)> OrganizationWithAdminAsync()
    {
        var alice = await _cluster[0].Client().SignUpAsync("alice");
        var bob = await _cluster[1].Client().SignUpAsync("bob");
        var org = await ClusterScenario.CreateOrganizationAsync(_cluster[0].Client(alice.Token), "Acme");
        var joined = await ClusterScenario.JoinAsync(_cluster[0].Client(alice.Token), _cluster[1].Client(bob.Token), org, bob.Email, "ADMIN");

        // Bob joined through node B: node A is sure to know him only once it has reached the join's token
        // (without it, a write on A may be refused, never applied to stale state: writes are version-checked).
        Assert.True(await ClusterScenario.CheckAsync(_cluster[0].Client(alice.Token), org, bob.Id, "members:manage", joined));
        return (alice, bob, org);
    }
}
