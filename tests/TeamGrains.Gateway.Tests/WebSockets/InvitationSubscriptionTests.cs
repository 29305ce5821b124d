using TeamGrains.Gateway.Tests.Infrastructure;

namespace TeamGrains.Gateway.Tests.WebSockets;

/// <summary>Invitation subscriptions over graphql-transport-ws, fed by the change feed of the real silo.</summary>
public sealed class InvitationSubscriptionTests : IClassFixture<GatewayFactory>
{
    private readonly GatewayFactory _factory;

    public InvitationSubscriptionTests(GatewayFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task TheInviteeReceivesTheInvitationAsItIsCreated()
    {
        var http = _factory.CreateClient();
        var (alice, _, _, _) = await GatewayClient.SignUpAsync(http, "alice");
        var (bob, _, bobEmail, _) = await GatewayClient.SignUpAsync(http, "bob");
        var org = (await alice.DataAsync("mutation { createOrganization(input: { name: \"Subscribed\" }) { id } }")).GetProperty("createOrganization").GetProperty("id").GetString();
        await using var ws = await WsSession.ConnectAsync(_factory.Server);
        await ws.InitAsync(bob.Token);
        await ws.SendAsync(new { id = "s", type = "subscribe", payload = new { query = "subscription { invitationReceived { kind invitation { email organization { id } } } }" } });
        // Messages are handled in order and a subscription listens before the next one is read,
        // so once this query is answered, the subscription above is listening.
        await ws.SendAsync(new { id = "q", type = "subscribe", payload = new { query = "{ __typename }" } });
        Assert.Equal("next", (await ws.ReceiveAsync()).GetProperty("type").GetString());
        Assert.Equal("complete", (await ws.ReceiveAsync()).GetProperty("type").GetString());

        await alice.DataAsync("mutation($o: ID!, $e: String!) { inviteMember(input: { organizationId: $o, email: $e }) { id } }", new { o = org, e = bobEmail });
        var next = await ws.ReceiveAsync();

        var received = next.GetProperty("payload").GetProperty("data").GetProperty("invitationReceived");
        Assert.Equal("s", next.GetProperty("id").GetString());
        Assert.Equal("CREATED", received.GetProperty("kind").GetString());
        Assert.Equal(bobEmail, received.GetProperty("invitation").GetProperty("email").GetString());
        Assert.Equal(org, received.GetProperty("invitation").GetProperty("organization").GetProperty("id").GetString());
    }

    [Fact]
    public async Task AWatcherWhoIsRemovedGetsNoMoreEvents()
    {
        var http = _factory.CreateClient();
        var (alice, _, _, _) = await GatewayClient.SignUpAsync(http, "alice");
        var (bob, bobId, bobEmail, _) = await GatewayClient.SignUpAsync(http, "bob");
        var org = (await alice.DataAsync("mutation { createOrganization(input: { name: \"Watched\" }) { id } }")).GetProperty("createOrganization").GetProperty("id").GetString();
        const string invite = "mutation($o: ID!, $e: String!, $r: String) { inviteMember(input: { organizationId: $o, email: $e, role: $r }) { id } }";
        var invitation = (await alice.DataAsync(invite, new { o = org, e = bobEmail, r = "ADMIN" })).GetProperty("inviteMember").GetProperty("id").GetString();
        await bob.DataAsync("mutation($id: ID!) { acceptInvitation(id: $id) { role } }", new { id = invitation });
        await using var ws = await WsSession.ConnectAsync(_factory.Server);
        await ws.InitAsync(bob.Token);
        await ws.SendAsync(new { id = "w", type = "subscribe", payload = new { query = "subscription($o: ID!) { invitationChanged(organizationId: $o) { kind invitation { email } } }", variables = new { o = org } } });
        await ws.SendAsync(new { id = "q", type = "subscribe", payload = new { query = "{ __typename }" } });
        await ws.ReceiveAsync();
        await ws.ReceiveAsync();

        await alice.DataAsync(invite, new { o = org, e = "first@example.com", r = "VIEWER" });
        var seen = await ws.ReceiveAsync();
        await alice.DataAsync("mutation($o: ID!, $u: ID!) { removeMember(organizationId: $o, userId: $u) }", new { o = org, u = bobId });
        await alice.DataAsync(invite, new { o = org, e = "second@example.com", r = "VIEWER" });
        var after = await ws.ReceiveAsync();

        Assert.Equal("first@example.com", seen.GetProperty("payload").GetProperty("data").GetProperty("invitationChanged").GetProperty("invitation").GetProperty("email").GetString());
        Assert.Equal("complete", after.GetProperty("type").GetString());
        Assert.Equal("w", after.GetProperty("id").GetString());
    }

    [Fact]
    public async Task WatchingAnOrganizationOfOthersIsNotFound()
    {
        var http = _factory.CreateClient();
        var (alice, _, _, _) = await GatewayClient.SignUpAsync(http, "alice");
        var (mallory, _, _, _) = await GatewayClient.SignUpAsync(http, "mallory");
        var org = (await alice.DataAsync("mutation { createOrganization(input: { name: \"Watched\" }) { id } }")).GetProperty("createOrganization").GetProperty("id").GetString();
        await using var ws = await WsSession.ConnectAsync(_factory.Server);
        await ws.InitAsync(mallory.Token);

        await ws.SendAsync(new { id = "w", type = "subscribe", payload = new { query = "subscription($o: ID!) { invitationChanged(organizationId: $o) { kind } }", variables = new { o = org } } });
        var refused = await ws.ReceiveAsync();

        Assert.Equal("error", refused.GetProperty("type").GetString());
        Assert.Equal("NOT_FOUND", refused.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
    }
}
