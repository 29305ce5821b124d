using TeamGrains.Interfaces;
using TeamGrains.Interfaces.Paging;
using TeamGrains.Interfaces.Permissions;
using TeamGrains.Silo.Tests.Infrastructure;

namespace TeamGrains.Silo.Tests.Grains;

/// <summary>The lists the gateway pages through: teams, resources, children, team members, roles.</summary>
public abstract class ListingTests(IStorageFixture database) : DomainTestBase(database)
{
    [StorageFact]
    public async Task TeamsAndResourcesArePagedWithTotals()
    {
        var owner = await SignUpAsync("Owner");
        var acme = await CreateRootAsync(owner);
        var viewer = await NewMemberAsync(acme, owner, BuiltInRoles.Viewer, "viewer");
        var teamIds = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            teamIds.Add((await Team(Ids.New()).CreateAsync(owner.Id, acme.Id, $"Team {i}", null)).Id);
            await Resource(Ids.New()).CreateAsync(owner.Id, acme.Id, "app", $"App {i}", ResourceVisibility.Organization);
        }

        var page = await Org(acme.Id).GetTeamsAsync(viewer.Id, new PageRequest(2));
        Assert.Equal((3, true), (page.TotalCount, page.HasNextPage));
        var next = await Org(acme.Id).GetTeamsAsync(viewer.Id, new PageRequest(2, page.EndCursor));
        // Creation order, ties within one millisecond broken by id: compare as sets.
        Assert.Equal(teamIds.Order(), page.Edges.Concat(next.Edges).Select(e => e.Node.Id).Order());
        var resources = await Org(acme.Id).GetResourcesAsync(viewer.Id, PageRequest.Default);
        Assert.Equal(["App 0", "App 1", "App 2"], resources.Edges.Select(e => e.Node.Name).Order());
    }

    [StorageFact]
    public async Task ATeamIsRenamedAndListsItsMembers()
    {
        var owner = await SignUpAsync("Owner");
        var acme = await CreateRootAsync(owner);
        var dev = await NewMemberAsync(acme, owner, BuiltInRoles.Developer, "dev");
        var team = await Team(Ids.New()).CreateAsync(owner.Id, acme.Id, "Old", BuiltInRoles.Viewer);
        await Team(team.Id).AddMemberAsync(owner.Id, dev.Id);
        await Team(team.Id).AddMemberAsync(owner.Id, owner.Id);

        var renamed = await Team(team.Id).UpdateAsync(owner.Id, "  New ", null);

        Assert.Equal(("New", BuiltInRoles.Viewer), (renamed.Name, renamed.Role));
        Assert.Equal(new[] { dev.Id, owner.Id }.Order(), (await Team(team.Id).GetMembersAsync(dev.Id, PageRequest.Default)).Edges.Select(e => e.Node.Id).Order());
        Assert.Null((await Team(team.Id).UpdateAsync(owner.Id, null, null, clearRole: true)).Role);
        await AssertFailsAsync(ErrorCodes.Forbidden, () => Team(team.Id).UpdateAsync(dev.Id, "Mine", null));
        Assert.Equal("New", (await Team(team.Id).GetAsync(dev.Id)).Name);
    }

    [StorageFact]
    public async Task RolesListBuiltInRolesThenCustomOnesInEveryOrganizationOfTheTree()
    {
        var owner = await SignUpAsync("Owner");
        var acme = await CreateRootAsync(owner);
        var sub = await CreateSubAsync(owner, acme);
        await Org(acme.Id).DefineRoleAsync(owner.Id, "Auditor", [PermissionNames.AuditView]);

        var roles = await Org(sub.Id).GetRolesAsync(owner.Id);

        Assert.Equal(["NONE", "VIEWER", "OPERATOR", "DEVELOPER", "ADMIN", "OWNER", "Auditor"], roles.Select(r => r.Name));
        Assert.Equal([PermissionNames.AuditView], roles[^1].Permissions);
        await AssertFailsAsync(ErrorCodes.BadUserInput, () => Org(sub.Id).DefineRoleAsync(owner.Id, "Local", [PermissionNames.AppsView]));
    }
}
