using System.Text.Json;
using TeamGrains.Gateway.Tests.Infrastructure;

namespace TeamGrains.Gateway.Tests.Schema;

/// <summary>Walks the contract's mutations and type fields end to end, checking what each one answers.</summary>
public sealed class ContractTourTests : IClassFixture<GatewayFactory>
{
    private readonly HttpClient _http;

    public ContractTourTests(GatewayFactory factory)
    {
        _http = factory.CreateClient();
    }

    [Fact]
    public async Task OrganizationsRolesTeamsAndResources()
    {
        var (alice, aliceId, _, _) = await GatewayClient.SignUpAsync(_http, "alice");
        var (bob, bobId, bobEmail, _) = await GatewayClient.SignUpAsync(_http, "bob");
        var org = Id(await alice.DataAsync("mutation { createOrganization(input: { name: \"Tour\" }) { id } }"), "createOrganization");
        var invitation = Id(await alice.DataAsync("mutation($o: ID!, $e: String!) { inviteMember(input: { organizationId: $o, email: $e }) { id } }", new { o = org, e = bobEmail }), "inviteMember");
        await bob.DataAsync("mutation($id: ID!) { acceptInvitation(id: $id) { role } }", new { id = invitation });

        var settings = (await alice.DataAsync(
            "mutation($o: ID!) { updateOrganization(input: { id: $o, name: \"Tour Inc\", seatLimit: 10, allowedEmailDomains: [\"example.com\"] }) { name settings { seatLimit seatsUsed allowedEmailDomains ssoEnabled } } }",
            new { o = org })).GetProperty("updateOrganization");
        var role = (await alice.DataAsync(
            "mutation($o: ID!) { defineRole(input: { organizationId: $o, name: \"Auditor\", permissions: [\"audit:view\", \"members:view\"] }) { name builtIn permissions } }",
            new { o = org })).GetProperty("defineRole");
        var changed = (await alice.DataAsync("mutation($o: ID!, $u: ID!) { changeMemberRole(input: { organizationId: $o, userId: $u, role: \"Auditor\" }) { role user { id } } }", new { o = org, u = bobId }))
            .GetProperty("changeMemberRole");
        var team = (await alice.DataAsync("mutation($o: ID!) { createTeam(input: { organizationId: $o, name: \"Core\", role: \"DEVELOPER\" }) { id name role organization { id } } }", new { o = org }))
            .GetProperty("createTeam");
        var teamId = team.GetProperty("id").GetString();
        var members = (await alice.DataAsync("mutation($t: ID!, $u: ID!) { addTeamMember(teamId: $t, userId: $u) { members { totalCount edges { node { id } } } } }", new { t = teamId, u = bobId }))
            .GetProperty("addTeamMember").GetProperty("members");
        var resource = (await alice.DataAsync("mutation($o: ID!) { createResource(input: { organizationId: $o, kind: \"app\", name: \"Site\", visibility: PRIVATE }) { id kind visibility } }", new { o = org }))
            .GetProperty("createResource");
        var access = (await alice.DataAsync("mutation($r: ID!, $t: ID!) { setResourceAccess(input: { resourceId: $r, teamId: $t, level: CONTRIBUTOR }) { access { level user { id } team { id } } } }",
            new { r = resource.GetProperty("id").GetString(), t = teamId })).GetProperty("setResourceAccess").GetProperty("access");
        var onResource = await bob.DataAsync("query($o: ID!, $r: ID!) { checkPermission(organizationId: $o, permission: \"app:edit\", resourceId: $r) }", new { o = org, r = resource.GetProperty("id").GetString() });
        var overview = (await alice.DataAsync(
            "query($o: ID!) { organization(id: $o) { roles { name builtIn } teams { totalCount } resources { totalCount edges { node { name } } } auditLog(first: 50) { totalCount edges { node { action actor { id } } } } } }",
            new { o = org })).GetProperty("organization");

        Assert.Equal("Tour Inc", settings.GetProperty("name").GetString());
        Assert.Equal(10, settings.GetProperty("settings").GetProperty("seatLimit").GetInt32());
        Assert.Equal(2, settings.GetProperty("settings").GetProperty("seatsUsed").GetInt32());
        Assert.Equal(["example.com"], settings.GetProperty("settings").GetProperty("allowedEmailDomains").EnumerateArray().Select(e => e.GetString()));
        Assert.False(role.GetProperty("builtIn").GetBoolean());
        Assert.Equal("Auditor", changed.GetProperty("role").GetString());
        Assert.Equal("DEVELOPER", team.GetProperty("role").GetString());
        Assert.Equal(org, team.GetProperty("organization").GetProperty("id").GetString());
        Assert.Equal(bobId, Assert.Single(members.GetProperty("edges").EnumerateArray()).GetProperty("node").GetProperty("id").GetString());
        Assert.Equal("PRIVATE", resource.GetProperty("visibility").GetString());
        Assert.Contains(access.EnumerateArray(), a => a.GetProperty("level").GetString() == "CONTRIBUTOR" && a.GetProperty("team").GetProperty("id").GetString() == teamId);
        Assert.True(onResource.GetProperty("checkPermission").GetBoolean());
        Assert.Contains(overview.GetProperty("roles").EnumerateArray(), r => r.GetProperty("name").GetString() == "Auditor");
        Assert.Equal(1, overview.GetProperty("teams").GetProperty("totalCount").GetInt32());
        Assert.True(overview.GetProperty("auditLog").GetProperty("totalCount").GetInt32() >= 6);
        Assert.Contains(overview.GetProperty("auditLog").GetProperty("edges").EnumerateArray(), e => e.GetProperty("node").GetProperty("actor").GetProperty("id").GetString() == aliceId);
    }

    [Fact]
    public async Task TreesMovesAndDeletes()
    {
        var (alice, _, _, _) = await GatewayClient.SignUpAsync(_http, "alice");
        var root = Id(await alice.DataAsync("mutation { createOrganization(input: { name: \"Root\" }) { id } }"), "createOrganization");
        var a = Id(await alice.DataAsync("mutation($p: ID!) { createOrganization(input: { name: \"A\", parentId: $p }) { id } }", new { p = root }), "createOrganization");
        var b = Id(await alice.DataAsync("mutation($p: ID!) { createOrganization(input: { name: \"B\", parentId: $p }) { id } }", new { p = root }), "createOrganization");

        var moved = (await alice.DataAsync("mutation($id: ID!, $p: ID!) { moveOrganization(input: { id: $id, newParentId: $p }) { parent { id } ancestors { id } isRoot } }", new { id = b, p = a }))
            .GetProperty("moveOrganization");
        var cycle = await alice.ErrorAsync("mutation($id: ID!, $p: ID!) { moveOrganization(input: { id: $id, newParentId: $p }) { id } }", new { id = a, p = b });
        var children = (await alice.DataAsync("query($o: ID!) { organization(id: $o) { children { totalCount edges { node { name } } pageInfo { hasNextPage endCursor } } } }", new { o = root }))
            .GetProperty("organization").GetProperty("children");
        var deleted = await alice.DataAsync("mutation($id: ID!) { deleteOrganization(id: $id) }", new { id = b });

        Assert.Equal(a, moved.GetProperty("parent").GetProperty("id").GetString());
        Assert.Equal([a, root], moved.GetProperty("ancestors").EnumerateArray().Select(x => x.GetProperty("id").GetString()));
        Assert.False(moved.GetProperty("isRoot").GetBoolean());
        Assert.Equal("CYCLE", cycle.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(1, children.GetProperty("totalCount").GetInt32());
        Assert.False(children.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(b, deleted.GetProperty("deleteOrganization").GetString());
    }

    private static string Id(JsonElement data, string field) => data.GetProperty(field).GetProperty("id").GetString()!;
}
