using TeamGrains.Cluster.Tests.Infrastructure;

namespace TeamGrains.Cluster.Tests.Tests;

/// <summary>One service, many nodes: a credential issued by one node is accepted by every node.</summary>
public sealed class SharedCredentialTests : IAsyncLifetime
{
    private TestCluster _cluster = null!;

    [PostgresFact]
    public async Task ADevelopmentTokenIssuedByOneNodeIsAcceptedByAnother()
    {
        var alice = await _cluster[0].Client().SignUpAsync("alice");

        var (me, _) = await _cluster[1].Client(alice.Token).DataAsync("{ me { id email } }");

        Assert.Equal(alice.Id, me.GetProperty("me").GetProperty("id").GetString());
        Assert.Equal(alice.Email, me.GetProperty("me").GetProperty("email").GetString());
    }

    [PostgresFact]
    public async Task AnApiKeyCreatedOnOneNodeIsAcceptedByAnother()
    {
        var alice = await _cluster[0].Client().SignUpAsync("alice");
        var org = await ClusterScenario.CreateOrganizationAsync(_cluster[0].Client(alice.Token), "Acme");
        var (created, token) = await _cluster[0].Client(alice.Token).DataAsync(
            "mutation($o: ID!) { createApiKey(input: { organizationId: $o, name: \"backend\" }) { secret } }", new { o = org });
        var secret = created.GetProperty("createApiKey").GetProperty("secret").GetString()!;

        var allowed = await ClusterScenario.CheckAsync(_cluster[1].Client(secret), org, null, "members:view", token);

        Assert.True(allowed);
    }

    /// <summary>The token travels as a header: it is honoured before authentication (docs/scale-out.md).</summary>
    [PostgresFact]
    public async Task AnApiKeyRevokedOnOneNodeIsRefusedByAnotherGivenTheTokenHeader()
    {
        var alice = await _cluster[0].Client().SignUpAsync("alice");
        var owner = _cluster[0].Client(alice.Token);
        var org = await ClusterScenario.CreateOrganizationAsync(owner, "Acme");
        var (created, _) = await owner.DataAsync("mutation($o: ID!) { createApiKey(input: { organizationId: $o, name: \"ci\" }) { secret apiKey { id } } }", new { o = org });
        var secret = created.GetProperty("createApiKey").GetProperty("secret").GetString()!;
        var keyId = created.GetProperty("createApiKey").GetProperty("apiKey").GetProperty("id").GetString()!;
        Assert.True(await ClusterScenario.CheckAsync(_cluster[1].Client(secret), org, null, "members:view", null)); // warms node 1

        var (_, token) = await owner.DataAsync("mutation($id: ID!) { revokeApiKey(id: $id) { revoked } }", new { id = keyId });
        var refused = await _cluster[1].Client(secret).SendAsync(ClusterScenario.Check, new { o = org, p = "members:view" }, token, tokenAsHeader: true);

        Assert.Equal("UNAUTHENTICATED", refused.FirstErrorCode);
    }

    [PostgresFact]
    public async Task ANodeOverSharedPostgresWithoutASigningKeyRefusesToStart()
    {
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Postgres"] = _cluster.Database.ConnectionString,
            ["Auth:DevelopmentTokens"] = "true",
            ["Auth:SigningKey"] = "",
        };
        await using var node = new ClusterNode("keyless", settings);

        var error = Assert.ThrowsAny<Exception>(() => node.Server);

        Assert.Contains("Auth:SigningKey", error.ToString(), StringComparison.Ordinal);
    }

    public async Task InitializeAsync() => _cluster = await TestCluster.StartAsync(nodes: 2);

    public async Task DisposeAsync() => await _cluster.DisposeAsync();
}
