using TeamGrains.Gateway.Tests.Infrastructure;

namespace TeamGrains.Gateway.Tests.Schema;

/// <summary>The contract's semantics through the whole gateway: engine, bindings, grains and SQLite storage.</summary>
public sealed class GatewayEndToEndTests : IClassFixture<GatewayFactory>
{
    private const string CreateOrganization = "mutation($name: String!) { createOrganization(input: { name: $name }) { id name isRoot createdAt } }";
    private const string Invite = "mutation($org: ID!, $email: String!, $role: String) { inviteMember(input: { organizationId: $org, email: $email, role: $role }) { id status role } }";
    private readonly HttpClient _http;

    public GatewayEndToEndTests(GatewayFactory factory)
    {
        _http = factory.CreateClient();
    }

    [Fact]
    public async Task SignUpGivesATokenThatIdentifiesTheUser()
    {
        var (alice, aliceId, email, personal) = await GatewayClient.SignUpAsync(_http, "alice");

        var me = (await alice.DataAsync("{ me { id email status personalOrganization { id isRoot } } }")).GetProperty("me");

        Assert.Equal(aliceId, me.GetProperty("id").GetString());
        Assert.Equal(email, me.GetProperty("email").GetString());
        Assert.Equal("ACTIVE", me.GetProperty("status").GetString());
        Assert.Equal(personal, me.GetProperty("personalOrganization").GetProperty("id").GetString());
    }

    [Fact]
    public async Task DateTimesAreIsoUtcWithZ()
    {
        var (alice, _, _, _) = await GatewayClient.SignUpAsync(_http, "alice");

        var created = (await alice.DataAsync(CreateOrganization, new { name = "Acme" })).GetProperty("createOrganization");

        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$", created.GetProperty("createdAt").GetString());
    }

    [Fact]
    public async Task AnonymousCallersGetMeAsNullAndNothingElse()
    {
        var anonymous = new GatewayClient(_http);

        var me = await anonymous.DataAsync("{ me { id } __schema { queryType { name } } }");
        var refused = await anonymous.ErrorAsync("{ permissions { name } }");

        Assert.Equal(System.Text.Json.JsonValueKind.Null, me.GetProperty("me").ValueKind);
        Assert.Equal("UNAUTHENTICATED", refused.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task MutationsCarryAConsistencyTokenThatLaterReadsMayQuote()
    {
        var (alice, _, _, _) = await GatewayClient.SignUpAsync(_http, "alice");

        var (_, created) = await alice.SendAsync(CreateOrganization, new { name = "Tokened" });
        var token = created.GetProperty("extensions").GetProperty("consistencyToken").GetString();
        var id = created.GetProperty("data").GetProperty("createOrganization").GetProperty("id").GetString();
        var (status, read) = await alice.SendAsync("query($id: ID!) { organization(id: $id) { name } }", new { id }, new { consistencyToken = token });

        Assert.StartsWith("ct1_", token, StringComparison.Ordinal);
        Assert.Equal(200, status);
        Assert.Equal("Tokened", read.GetProperty("data").GetProperty("organization").GetProperty("name").GetString());
    }

    [Fact]
    public async Task UnknownIdsAreNullWhereTheContractSaysSoAndNotFoundElsewhere()
    {
        var (alice, _, _, _) = await GatewayClient.SignUpAsync(_http, "alice");

        var organization = await alice.DataAsync("{ organization(id: \"no-such-org\") { id } }");
        var update = await alice.ErrorAsync("mutation { updateOrganization(input: { id: \"no-such-org\", name: \"x\" }) { id } }");

        Assert.Equal(System.Text.Json.JsonValueKind.Null, organization.GetProperty("organization").ValueKind);
        Assert.Equal("NOT_FOUND", update.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task AnExplicitNullSeatLimitClearsItAndAnAbsentOneKeepsIt()
    {
        var (alice, _, _, _) = await GatewayClient.SignUpAsync(_http, "alice");
        var org = (await alice.DataAsync(CreateOrganization, new { name = "Limited" })).GetProperty("createOrganization").GetProperty("id").GetString();
        const string Update = "mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { settings { seatLimit } } }";
        static int? SeatLimit(System.Text.Json.JsonElement data)
        {
            var limit = data.GetProperty("updateOrganization").GetProperty("settings").GetProperty("seatLimit");
            return limit.ValueKind == System.Text.Json.JsonValueKind.Null ? null : limit.GetInt32();
        }

        var set = await alice.DataAsync(Update, new { input = new { id = org, seatLimit = 5 } });
        var renamed = await alice.DataAsync(Update, new { input = new { id = org, name = "Renamed" } });
        var clearedByVariable = await alice.DataAsync(Update, new { input = new { id = org, seatLimit = (int?)null } });
        await alice.DataAsync(Update, new { input = new { id = org, seatLimit = 7 } });
        var clearedByLiteral = await alice.DataAsync(
            "mutation($id: ID!) { updateOrganization(input: { id: $id, seatLimit: null }) { settings { seatLimit } } }", new { id = org });

        Assert.Equal(5, SeatLimit(set));
        Assert.Equal(5, SeatLimit(renamed));
        Assert.Null(SeatLimit(clearedByVariable));
        Assert.Null(SeatLimit(clearedByLiteral));
    }

    [Fact]
    public async Task AnOrganizationOfOthersIsInvisible()
    {
        var (alice, _, _, _) = await GatewayClient.SignUpAsync(_http, "alice");
        var (mallory, _, _, _) = await GatewayClient.SignUpAsync(_http, "mallory");
        var org = (await alice.DataAsync(CreateOrganization, new { name = "Private" })).GetProperty("createOrganization").GetProperty("id").GetString();

        var seen = await mallory.DataAsync("query($id: ID!) { organization(id: $id) { id } }", new { id = org });
        var check = await mallory.ErrorAsync("query($id: ID!) { checkPermission(organizationId: $id, permission: \"members:view\") }", new { id = org });

        Assert.Equal(System.Text.Json.JsonValueKind.Null, seen.GetProperty("organization").ValueKind);
        Assert.Equal("NOT_FOUND", check.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task ForbiddenNamesTheMissingPermission()
    {
        var (alice, _, _, _) = await GatewayClient.SignUpAsync(_http, "alice");
        var (bob, _, bobEmail, _) = await GatewayClient.SignUpAsync(_http, "bob");
        var org = (await alice.DataAsync(CreateOrganization, new { name = "Acme" })).GetProperty("createOrganization").GetProperty("id").GetString();
        var invitation = (await alice.DataAsync(Invite, new { org, email = bobEmail, role = "VIEWER" })).GetProperty("inviteMember").GetProperty("id").GetString();
        var membership = (await bob.DataAsync("mutation($id: ID!) { acceptInvitation(id: $id) { role source organization { id } } }", new { id = invitation })).GetProperty("acceptInvitation");

        var refused = await bob.ErrorAsync(Invite, new { org, email = "carol@example.com", role = "VIEWER" });

        Assert.Equal("VIEWER", membership.GetProperty("role").GetString());
        Assert.Equal("DIRECT", membership.GetProperty("source").GetString());
        Assert.Equal("FORBIDDEN", refused.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("members:manage", refused.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignUpPayloadShowsTheNewUserTheirPendingInvitations()
    {
        var (alice, _, _, _) = await GatewayClient.SignUpAsync(_http, "alice");
        var org = (await alice.DataAsync(CreateOrganization, new { name = "Acme" })).GetProperty("createOrganization").GetProperty("id").GetString();
        var email = $"dora.{Guid.NewGuid():N}@example.com";
        var invitation = (await alice.DataAsync(Invite, new { org, email, role = "VIEWER" })).GetProperty("inviteMember").GetProperty("id").GetString();

        var pending = (await new GatewayClient(_http).DataAsync(
            "mutation($email: String!) { signUp(input: { email: $email }) { user { pendingInvitations { id } } } }", new { email }))
            .GetProperty("signUp").GetProperty("user").GetProperty("pendingInvitations");

        Assert.Equal(invitation, Assert.Single(pending.EnumerateArray()).GetProperty("id").GetString());
    }

    [Fact]
    public async Task CheckPermissionAndEffectivePermissionsExplainTheGrants()
    {
        var (alice, aliceId, _, _) = await GatewayClient.SignUpAsync(_http, "alice");
        var org = (await alice.DataAsync(CreateOrganization, new { name = "Root" })).GetProperty("createOrganization").GetProperty("id").GetString();
        var child = (await alice.DataAsync("mutation($p: ID!) { createOrganization(input: { name: \"Child\", parentId: $p }) { id parent { id } ancestors { id } } }", new { p = org }))
            .GetProperty("createOrganization");
        var childId = child.GetProperty("id").GetString();

        var data = await alice.DataAsync(
            "query($o: ID!) { checkPermission(organizationId: $o, permission: \"organization:delete\") effectivePermissions(organizationId: $o) { user { id } permissions grants { permission role source organization { id } } } }",
            new { o = childId });

        Assert.Equal(org, child.GetProperty("parent").GetProperty("id").GetString());
        Assert.True(data.GetProperty("checkPermission").GetBoolean());
        var effective = data.GetProperty("effectivePermissions");
        Assert.Equal(aliceId, effective.GetProperty("user").GetProperty("id").GetString());
        var grant = effective.GetProperty("grants").EnumerateArray().First(g => g.GetProperty("permission").GetString() == "organization:delete");
        Assert.Equal("INHERITED", grant.GetProperty("source").GetString());
        Assert.Equal(org, grant.GetProperty("organization").GetProperty("id").GetString());
    }

    [Fact]
    public async Task ApiKeysActInTheirOrganizationOnly()
    {
        var (alice, _, _, personal) = await GatewayClient.SignUpAsync(_http, "alice");
        var org = (await alice.DataAsync(CreateOrganization, new { name = "Keyed" })).GetProperty("createOrganization").GetProperty("id").GetString();
        var created = (await alice.DataAsync("mutation($o: ID!) { createApiKey(input: { organizationId: $o, name: \"ci\" }) { secret apiKey { id name revoked organization { id } } } }", new { o = org }))
            .GetProperty("createApiKey");
        var key = new GatewayClient(_http, created.GetProperty("secret").GetString());

        var inside = await key.DataAsync("query($o: ID!) { checkPermission(organizationId: $o, permission: \"members:view\") organization(id: $o) { name } }", new { o = org });
        var outside = await key.ErrorAsync("query($o: ID!) { checkPermission(organizationId: $o, permission: \"members:view\") }", new { o = personal });
        var keys = await alice.DataAsync("{ me { apiKeys { name } } }");

        Assert.StartsWith("tgk_", key.Token, StringComparison.Ordinal);
        Assert.True(inside.GetProperty("checkPermission").GetBoolean());
        Assert.Equal("Keyed", inside.GetProperty("organization").GetProperty("name").GetString());
        Assert.Equal("NOT_FOUND", outside.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains(keys.GetProperty("me").GetProperty("apiKeys").EnumerateArray(), k => k.GetProperty("name").GetString() == "ci");
    }

    [Fact]
    public async Task ARevokedApiKeyIsUnauthenticated()
    {
        var (alice, _, _, _) = await GatewayClient.SignUpAsync(_http, "alice");
        var org = (await alice.DataAsync(CreateOrganization, new { name = "Revoked" })).GetProperty("createOrganization").GetProperty("id").GetString();
        var created = (await alice.DataAsync("mutation($o: ID!) { createApiKey(input: { organizationId: $o, name: \"old\" }) { secret apiKey { id } } }", new { o = org })).GetProperty("createApiKey");
        await alice.DataAsync("mutation($id: ID!) { revokeApiKey(id: $id) { revoked } }", new { id = created.GetProperty("apiKey").GetProperty("id").GetString() });

        var (status, body) = await new GatewayClient(_http, created.GetProperty("secret").GetString()).SendAsync("{ me { id } }");

        Assert.Equal(401, status);
        Assert.Equal("UNAUTHENTICATED", body.FirstErrorCode());
    }

    [Fact]
    public async Task PendingInvitationsAreSeenByTheInviteeAfterSignUp()
    {
        var (alice, _, _, _) = await GatewayClient.SignUpAsync(_http, "alice");
        var org = (await alice.DataAsync(CreateOrganization, new { name = "Inviting" })).GetProperty("createOrganization").GetProperty("id").GetString();
        var email = $"later.{Guid.NewGuid():N}@example.com";
        await alice.DataAsync(Invite, new { org, email, role = "DEVELOPER" });

        var signUp = (await new GatewayClient(_http).DataAsync("mutation($e: String!) { signUp(input: { email: $e }) { token } }", new { e = email })).GetProperty("signUp");
        var invitee = new GatewayClient(_http, signUp.GetProperty("token").GetString());
        var pending = (await invitee.DataAsync("{ me { pendingInvitations { role status organization { id } invitedBy { id } } } }")).GetProperty("me").GetProperty("pendingInvitations");
        var listed = await alice.DataAsync("query($o: ID!) { organization(id: $o) { invitations(status: PENDING) { totalCount edges { node { email } } } } }", new { o = org });

        Assert.Equal("DEVELOPER", Assert.Single(pending.EnumerateArray()).GetProperty("role").GetString());
        Assert.Equal(1, listed.GetProperty("organization").GetProperty("invitations").GetProperty("totalCount").GetInt32());
    }
}
