using TeamGrains.Interfaces;
using TeamGrains.Interfaces.Permissions;
using TeamGrains.Interfaces.Users;
using TeamGrains.Silo.Tests.Grains;
using TeamGrains.Silo.Tests.Infrastructure;

namespace TeamGrains.Silo.Tests.Scenarios;

/// <summary>Effective permissions end to end: the role table, team unions, private resources, custom roles.</summary>
public abstract class PermissionScenarios(IStorageFixture database) : DomainTestBase(database)
{
    // The contract's role table, row by row: the permission and the lowest built-in role holding it.
    private static readonly (string Permission, string LowestRole)[] s_table =
    [
        ("members:view", "VIEWER"), ("usage:view", "VIEWER"), ("marketplace:view", "VIEWER"), ("apps:view", "VIEWER"),
        ("runs:view", "VIEWER"), ("experiments:view", "VIEWER"), ("runs:create", "OPERATOR"), ("experiments:create", "OPERATOR"),
        ("instances:edit", "OPERATOR"), ("apikeys:create", "OPERATOR"), ("endpoints:view", "OPERATOR"), ("apps:create", "DEVELOPER"),
        ("apps:push", "DEVELOPER"), ("versions:create", "DEVELOPER"), ("cli:use", "DEVELOPER"), ("secrets:read", "DEVELOPER"),
        ("instances:lock", "ADMIN"), ("members:manage", "ADMIN"), ("roles:assign", "ADMIN"), ("teams:manage", "ADMIN"),
        ("organization:manage", "ADMIN"), ("audit:view", "ADMIN"), ("plan:manage", "OWNER"), ("ownership:transfer", "OWNER"),
        ("organization:delete", "OWNER"),
    ];

    private static readonly string[] s_ranks = ["NONE", "VIEWER", "OPERATOR", "DEVELOPER", "ADMIN", "OWNER"];

    [StorageFact]
    public async Task EachOfTheFiveRolesHoldsExactlyItsRowsOfTheTable()
    {
        var owner = await SignUpAsync("Owner");
        var acme = await CreateRootAsync(owner);
        foreach (var role in s_ranks)
        {
            var member = role == "OWNER" ? owner : await NewMemberAsync(acme, owner, role, role.ToLowerInvariant());
            var expected = s_table.Where(row => Array.IndexOf(s_ranks, row.LowestRole) <= Array.IndexOf(s_ranks, role)).Select(row => row.Permission);

            Assert.Equal(expected.Order(), (await PermissionsAsync(member, acme)).Order());
            foreach (var (permission, _) in s_table)
            {
                Assert.Equal(expected.Contains(permission), await HasAsync(member, acme, permission));
            }
        }
    }

    [StorageFact]
    public async Task TeamsAddUpAndEveryGrantIsExplained()
    {
        var owner = await SignUpAsync("Owner");
        var acme = await CreateRootAsync(owner);
        var member = await NewMemberAsync(acme, owner, BuiltInRoles.None, "member");
        var operators = await Team(Ids.New()).CreateAsync(owner.Id, acme.Id, "Operators", BuiltInRoles.Operator);
        var auditors = await Team(Ids.New()).CreateAsync(owner.Id, acme.Id, "Auditors", null);
        await Team(operators.Id).AddMemberAsync(owner.Id, member.Id);
        await Team(auditors.Id).AddMemberAsync(owner.Id, member.Id);
        Assert.True(await HasAsync(member, acme, PermissionNames.RunsCreate));
        Assert.False(await HasAsync(member, acme, PermissionNames.AuditView));

        await Team(auditors.Id).UpdateAsync(owner.Id, null, "ADMIN");

        var explained = await User(member.Id).GetEffectivePermissionsAsync(member.Id, acme.Id);
        Assert.Contains(PermissionNames.AuditView, explained.Permissions);
        Assert.Contains(explained.Grants, g => g.Permission == PermissionNames.RunsCreate && g.Source == GrantSource.Team && g.TeamId == operators.Id);
        Assert.Contains(explained.Grants, g => g.Permission == PermissionNames.RunsCreate && g.Source == GrantSource.Team && g.TeamId == auditors.Id);
        Assert.DoesNotContain(explained.Grants, g => g.Source == GrantSource.Direct);

        await Team(auditors.Id).RemoveMemberAsync(owner.Id, member.Id);
        Assert.False(await HasAsync(member, acme, PermissionNames.AuditView));
        Assert.True(await HasAsync(member, acme, PermissionNames.RunsCreate));
    }

    [StorageFact]
    public async Task APrivateProjectIsInvisibleToAnAdminNotAddedToIt()
    {
        var owner = await SignUpAsync("Owner");
        var acme = await CreateRootAsync(owner);
        var admin = await NewMemberAsync(acme, owner, BuiltInRoles.Admin, "admin");
        var dev = await NewMemberAsync(acme, owner, BuiltInRoles.Developer, "dev");
        var project = await Resource(Ids.New()).CreateAsync(dev.Id, acme.Id, "project", "Skunkworks", ResourceVisibility.Private);
        var shared = await Resource(Ids.New()).CreateAsync(dev.Id, acme.Id, "app", "Portal", ResourceVisibility.Organization);

        Assert.Empty(await PermissionsAsync(admin, acme, project.Id));
        Assert.Equal("Skunkworks", (await Resource(project.Id).GetAsync(admin.Id)).Name);
        await AssertFailsAsync(ErrorCodes.Forbidden, () => Resource(project.Id).SetAccessAsync(admin.Id, admin.Id, null, AccessLevel.Admin));
        Assert.True(await HasAsync(admin, acme, PermissionNames.AppShare, shared.Id));

        await Resource(project.Id).SetAccessAsync(dev.Id, admin.Id, null, AccessLevel.Viewer);
        Assert.Equal([PermissionNames.AppView], await PermissionsAsync(admin, acme, project.Id));
        Assert.Contains(await Resource(project.Id).GetAccessAsync(owner.Id), a => a.UserId == admin.Id && a.Level == AccessLevel.Viewer);
    }

    [StorageFact]
    public async Task ATeamBindingOnAResourceGrantsItsMembers()
    {
        var owner = await SignUpAsync("Owner");
        var acme = await CreateRootAsync(owner);
        var viewer = await NewMemberAsync(acme, owner, BuiltInRoles.Viewer, "viewer");
        var project = await Resource(Ids.New()).CreateAsync(owner.Id, acme.Id, "project", "Secret", ResourceVisibility.Private);
        var team = await Team(Ids.New()).CreateAsync(owner.Id, acme.Id, "Builders", null);
        await Team(team.Id).AddMemberAsync(owner.Id, viewer.Id);
        Assert.False(await HasAsync(viewer, acme, PermissionNames.AppEdit, project.Id));

        await Resource(project.Id).SetAccessAsync(owner.Id, null, team.Id, AccessLevel.Contributor);

        Assert.True(await HasAsync(viewer, acme, PermissionNames.AppEdit, project.Id));
        Assert.False(await HasAsync(viewer, acme, PermissionNames.AppDelete, project.Id));
    }

    [StorageFact]
    public async Task ACustomRoleGrantsItsPermissionsAndCannotBeDeletedWhileUsed()
    {
        var owner = await SignUpAsync("Owner");
        var acme = await CreateRootAsync(owner);
        var role = await Org(acme.Id).DefineRoleAsync(owner.Id, "Creator", [PermissionNames.AppsCreate, PermissionNames.AppsView]);
        Assert.False(role.BuiltIn);
        var creator = await NewMemberAsync(acme, owner, "creator", "creator");

        Assert.Equal([PermissionNames.AppsView, PermissionNames.AppsCreate], await PermissionsAsync(creator, acme));
        Assert.Contains(await Org(acme.Id).GetRolesAsync(creator.Id), r => r.Name == "Creator");
        await AssertFailsAsync(ErrorCodes.BadUserInput, () => Org(acme.Id).DeleteRoleAsync(owner.Id, "Creator"));
        await AssertFailsAsync(ErrorCodes.BadUserInput, () => Org(acme.Id).DefineRoleAsync(owner.Id, "admin", [PermissionNames.AppsView]));

        await Org(acme.Id).ChangeMemberRoleAsync(owner.Id, creator.Id, BuiltInRoles.Viewer);
        await Org(acme.Id).DeleteRoleAsync(owner.Id, "Creator");
        Assert.DoesNotContain(await Org(acme.Id).GetRolesAsync(owner.Id), r => r.Name == "Creator");
    }

    [StorageFact]
    public async Task RedefiningACustomRoleChangesWhatItsHoldersHold()
    {
        var owner = await SignUpAsync("Owner");
        var acme = await CreateRootAsync(owner);
        var sub = await CreateSubAsync(owner, acme);
        await Org(acme.Id).DefineRoleAsync(owner.Id, "Runner", [PermissionNames.RunsView]);
        var runner = await NewMemberAsync(sub, owner, "Runner", "runner");
        Assert.False(await HasAsync(runner, sub, PermissionNames.RunsCreate));

        await Org(acme.Id).DefineRoleAsync(owner.Id, "Runner", [PermissionNames.RunsView, PermissionNames.RunsCreate]);

        Assert.True(await HasAsync(runner, sub, PermissionNames.RunsCreate));
    }

    [StorageFact]
    public async Task AskingAboutAnotherUserNeedsMembersView()
    {
        var owner = await SignUpAsync("Owner");
        var acme = await CreateRootAsync(owner);
        var member = await NewMemberAsync(acme, owner, BuiltInRoles.None, "none");
        var stranger = await SignUpAsync("Stranger");

        Assert.False(await User(member.Id).CheckPermissionAsync(owner.Id, acme.Id, PermissionNames.MembersView));
        var forbidden = await AssertFailsAsync(ErrorCodes.Forbidden, () => User(owner.Id).CheckPermissionAsync(member.Id, acme.Id, PermissionNames.AppsView));
        Assert.Contains(PermissionNames.MembersView, forbidden.Message, StringComparison.Ordinal);
        await AssertFailsAsync(ErrorCodes.NotFound, () => User(owner.Id).CheckPermissionAsync(stranger.Id, acme.Id, PermissionNames.AppsView));
        await AssertFailsAsync(ErrorCodes.NotFound, () => User(stranger.Id).CheckPermissionAsync(stranger.Id, acme.Id, PermissionNames.AppsView));
        Assert.False(await User(stranger.Id).CheckPermissionAsync(owner.Id, acme.Id, PermissionNames.AppsView));
        await AssertFailsAsync(ErrorCodes.BadUserInput, () => User(owner.Id).CheckPermissionAsync(owner.Id, acme.Id, "apps:fly"));
    }
}
