using TeamGrains.Cluster.Tests.Infrastructure;

namespace TeamGrains.Cluster.Tests.Tests;

/// <summary>
/// Invitation events reach subscribers on every node, exactly once and in commit order. The guarantee
/// after a reconnect is "no replay": a new subscription gets the events committed after it listens,
/// never again the ones its predecessor already received (docs/scale-out.md).
/// </summary>
public sealed class CrossNodeSubscriptionTests : IAsyncLifetime
{
    private const string Received = "subscription { invitationReceived { kind invitation { id organization { id } } } }";
    private TestCluster _cluster = null!;

    [PostgresFact]
    public async Task InvitationsCreatedOnOneNodeReachASubscriberOnAnotherExactlyOnceInOrder()
    {
        var alice = await _cluster[0].Client().SignUpAsync("alice");
        var bob = await _cluster[1].Client().SignUpAsync("bob");
        await using var subscriber = await _cluster[1].SubscribeClientAsync(bob.Token);
        await subscriber.SubscribeAsync("inv", Received);

        var sent = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var org = await ClusterScenario.CreateOrganizationAsync(_cluster[0].Client(alice.Token), "Org" + i);
            sent.Add((await ClusterScenario.InviteAsync(_cluster[0].Client(alice.Token), org, bob.Email)).Id);
        }

        var received = new List<string>();
        for (var i = 0; i < sent.Count; i++)
        {
            var data = await subscriber.NextDataAsync("inv");
            Assert.Equal("CREATED", data.GetProperty("invitationReceived").GetProperty("kind").GetString());
            received.Add(data.GetProperty("invitationReceived").GetProperty("invitation").GetProperty("id").GetString()!);
        }

        // A sentinel: if any event were delivered twice, the duplicate would arrive before it.
        var sentinelOrg = await ClusterScenario.CreateOrganizationAsync(_cluster[0].Client(alice.Token), "Sentinel");
        var (sentinel, _) = await ClusterScenario.InviteAsync(_cluster[0].Client(alice.Token), sentinelOrg, bob.Email);
        var next = await subscriber.NextDataAsync("inv");

        Assert.Equal(sent, received);
        Assert.Equal(sentinel, next.GetProperty("invitationReceived").GetProperty("invitation").GetProperty("id").GetString());
    }

    [PostgresFact]
    public async Task AReconnectingSubscriberDoesNotGetWhatItAlreadyReceived()
    {
        var alice = await _cluster[0].Client().SignUpAsync("alice");
        var bob = await _cluster[1].Client().SignUpAsync("bob");
        var owner = _cluster[0].Client(alice.Token);
        var org = await ClusterScenario.CreateOrganizationAsync(owner, "Acme");
        string first;
        await using (var subscriber = await _cluster[1].SubscribeClientAsync(bob.Token))
        {
            await subscriber.SubscribeAsync("inv", Received);
            first = (await ClusterScenario.InviteAsync(owner, org, bob.Email)).Id;
            var data = await subscriber.NextDataAsync("inv");
            Assert.Equal(first, data.GetProperty("invitationReceived").GetProperty("invitation").GetProperty("id").GetString());
        }

        await using var again = await _cluster[2].SubscribeClientAsync(bob.Token);
        await again.SubscribeAsync("inv", Received);
        await owner.DataAsync("mutation($id: ID!) { revokeInvitation(id: $id) { status } }", new { id = first });
        var next = (await again.NextDataAsync("inv")).GetProperty("invitationReceived");

        Assert.Equal("REVOKED", next.GetProperty("kind").GetString());
        Assert.Equal(first, next.GetProperty("invitation").GetProperty("id").GetString());
    }

    [PostgresFact]
    public async Task ASubscriberOnASurvivingNodeKeepsGettingEventsWhenTheWritingNodeIsKilled()
    {
        var alice = await _cluster[0].Client().SignUpAsync("alice");
        var bob = await _cluster[2].Client().SignUpAsync("bob");
        await using var subscriber = await _cluster[2].SubscribeClientAsync(bob.Token);
        await subscriber.SubscribeAsync("inv", Received);
        var orgBefore = await ClusterScenario.CreateOrganizationAsync(_cluster[0].Client(alice.Token), "Before");
        var orgAfter = await ClusterScenario.CreateOrganizationAsync(_cluster[0].Client(alice.Token), "After");
        var (before, _) = await ClusterScenario.InviteAsync(_cluster[0].Client(alice.Token), orgBefore, bob.Email);

        await _cluster.KillNodeAsync(0);
        var (after, _) = await ClusterScenario.InviteAsync(_cluster[1].Client(alice.Token), orgAfter, bob.Email);

        var ids = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            ids.Add((await subscriber.NextDataAsync("inv")).GetProperty("invitationReceived").GetProperty("invitation").GetProperty("id").GetString()!);
        }

        Assert.Equal([before, after], ids);
    }

    public async Task InitializeAsync() => _cluster = await TestCluster.StartAsync(nodes: 3);

    public async Task DisposeAsync() => await _cluster.DisposeAsync();
}
