using TeamGrains.Cluster.Tests.Infrastructure;
using TeamGrains.Gateway.Tests.Infrastructure;

namespace TeamGrains.Gateway.Tests.Schema;

/// <summary>Two gateway nodes over one PostgreSQL database: tokens, consistency and subscriptions across nodes.</summary>
public sealed class MultiNodeTests : IAsyncLifetime
{
    private ClusterDatabase? _database;
    private GatewayFactory? _nodeA;
    private GatewayFactory? _nodeB;

    public async Task InitializeAsync()
    {
        if (TestPostgres.SkipReason is not null)
        {
            return;
        }

        _database = await ClusterDatabase.CreateAsync();
        _nodeA = new GatewayFactory(new Dictionary<string, string?> { ["ConnectionStrings:Postgres"] = _database.ConnectionString });
        _nodeB = new GatewayFactory(new Dictionary<string, string?> { ["ConnectionStrings:Postgres"] = _database.ConnectionString });
    }

    [PostgresFact]
    public async Task AWriteOnOneNodeIsReadOnTheOtherWithItsConsistencyToken()
    {
        var (aliceOnA, _, _, _) = await GatewayClient.SignUpAsync(_nodeA!.CreateClient(), "alice");
        var aliceOnB = new GatewayClient(_nodeB!.CreateClient(), aliceOnA.Token);

        var (_, created) = await aliceOnA.SendAsync("mutation { createOrganization(input: { name: \"Everywhere\" }) { id } }");
        var id = created.GetProperty("data").GetProperty("createOrganization").GetProperty("id").GetString();
        var token = created.GetProperty("extensions").GetProperty("consistencyToken").GetString()!;
        var (status, read) = await aliceOnB.SendAsync(
            "query($id: ID!) { organization(id: $id) { name members { totalCount } } }", new { id },
            headers: new Dictionary<string, string> { ["TeamGrains-Consistency-Token"] = token });

        Assert.Equal(200, status);
        var organization = read.GetProperty("data").GetProperty("organization");
        Assert.Equal("Everywhere", organization.GetProperty("name").GetString());
        Assert.Equal(1, organization.GetProperty("members").GetProperty("totalCount").GetInt32());
    }

    [PostgresFact]
    public async Task ASubscriberOnOneNodeReceivesAnInvitationMadeOnTheOther()
    {
        var (alice, _, _, _) = await GatewayClient.SignUpAsync(_nodeA!.CreateClient(), "alice");
        var (bob, _, bobEmail, _) = await GatewayClient.SignUpAsync(_nodeA.CreateClient(), "bob");
        var org = (await alice.DataAsync("mutation { createOrganization(input: { name: \"Far\" }) { id } }")).GetProperty("createOrganization").GetProperty("id").GetString();
        await using var ws = await WsSession.ConnectAsync(_nodeB!.Server);
        await ws.InitAsync(bob.Token);
        await ws.SendAsync(new { id = "s", type = "subscribe", payload = new { query = "subscription { invitationReceived { kind invitation { email } } }" } });
        await ws.SendAsync(new { id = "q", type = "subscribe", payload = new { query = "{ __typename }" } });
        await ws.ReceiveAsync();
        await ws.ReceiveAsync();

        await alice.DataAsync("mutation($o: ID!, $e: String!) { inviteMember(input: { organizationId: $o, email: $e }) { id } }", new { o = org, e = bobEmail });
        var next = await ws.ReceiveAsync();

        var received = next.GetProperty("payload").GetProperty("data").GetProperty("invitationReceived");
        Assert.Equal("CREATED", received.GetProperty("kind").GetString());
        Assert.Equal(bobEmail, received.GetProperty("invitation").GetProperty("email").GetString());
    }

    public async Task DisposeAsync()
    {
        if (_nodeA is null)
        {
            return;
        }

        await _nodeA.DisposeAsync();
        await _nodeB!.DisposeAsync();
        await _database!.DisposeAsync();
    }
}
