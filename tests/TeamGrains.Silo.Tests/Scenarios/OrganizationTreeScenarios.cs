using TeamGrains.Interfaces;
using TeamGrains.Interfaces.Organizations;
using TeamGrains.Interfaces.Paging;
using TeamGrains.Interfaces.Permissions;
using TeamGrains.Silo.Tests.Grains;
using TeamGrains.Silo.Tests.Infrastructure;

namespace TeamGrains.Silo.Tests.Scenarios;

/// <summary>Sub-organizations: inheritance, listing, moves, cycles, deletion, root-only settings.</summary>
public abstract class OrganizationTreeScenarios(IStorageFixture database) : DomainTestBase(database)
{
    [StorageFact]
    public async Task ASubOrganizationListsRootMembersAsInheritedAndItsOwnAsDirect()
    {
        var owner = await SignUpAsync("Owner");
        var acme = await CreateRootAsync(owner);
        var rootViewer = await NewMemberAsync(acme, owner, BuiltInRoles.Viewer, "rootviewer");
        var team = await CreateSubAsync(owner, acme, "Team A");
        var local = await NewMemberAsync(team, owner, BuiltInRoles.Developer, "local");

        var members = (await Org(team.Id).GetMembersAsync(owner.Id, PageRequest.Default)).Edges.Select(e => e.Node).ToList();
        Assert.Equal(3, members.Count);
        Assert.Contains(members, m => m.User.Id == owner.Id && m.Source == MembershipSource.Inherited && m.InheritedFromId == acme.Id && m.Role == "OWNER");
        Assert.Contains(members, m => m.User.Id == rootViewer.Id && m.Source == MembershipSource.Inherited && m.Role == "VIEWER");
        Assert.Contains(members, m => m.User.Id == local.Id && m.Source == MembershipSource.Direct && m.InheritedFromId is null);

        var rootMembers = await Org(acme.Id).GetMembersAsync(owner.Id, PageRequest.Default);
        Assert.DoesNotContain(rootMembers.Edges, e => e.Node.User.Id == local.Id);
        await AssertFailsAsync(ErrorCodes.NotFound, () => Org(acme.Id).GetAsync(local.Id));
        Assert.True(await HasAsync(rootViewer, team, PermissionNames.AppsView));
    }

    [StorageFact]
    public async Task ADirectRoleInASubOrganizationAddsToTheInheritedOne()
    {
        var owner = await SignUpAsync("Owner");
        var acme = await CreateRootAsync(owner);
        var viewer = await NewMemberAsync(acme, owner, BuiltInRoles.Viewer, "viewer");
        var sub = await CreateSubAsync(owner, acme);
        await Org(sub.Id).AddMemberAsync(owner.Id, viewer.Id, BuiltInRoles.Developer);

        Assert.True(await HasAsync(viewer, sub, PermissionNames.AppsPush));
        Assert.False(await HasAsync(viewer, acme, PermissionNames.AppsPush));
        var grants = (await User(viewer.Id).GetEffectivePermissionsAsync(viewer.Id, sub.Id)).Grants;
        Assert.Contains(grants, g => g.Permission == PermissionNames.AppsView && g.Source == GrantSource.Inherited && g.OrganizationId == acme.Id);
        Assert.Contains(grants, g => g.Permission == PermissionNames.AppsView && g.Source == GrantSource.Direct && g.OrganizationId == sub.Id);
    }

    [StorageFact]
    public async Task MembersSearchAndPagingWithCursors()
    {
        var owner = await SignUpAsync("Owner");
        var acme = await CreateRootAsync(owner);
        for (var i = 0; i < 4; i++)
        {
            await NewMemberAsync(acme, owner, BuiltInRoles.Viewer, $"zed{i}");
        }

        var first = await Org(acme.Id).GetMembersAsync(owner.Id, new PageRequest(3));
        Assert.Equal(5, first.TotalCount);
        Assert.True(first.HasNextPage);
        var rest = await Org(acme.Id).GetMembersAsync(owner.Id, new PageRequest(3, first.EndCursor));
        Assert.False(rest.HasNextPage);
        Assert.Equal(5, first.Edges.Concat(rest.Edges).Select(e => e.Node.User.Id).Distinct().Count());
        Assert.Equal(4, (await Org(acme.Id).GetMembersAsync(owner.Id, PageRequest.Default, "ZED")).TotalCount);
    }

    [StorageFact]
    public async Task MovesStayInTheTreeAndCyclesAreRefused()
    {
        var owner = await SignUpAsync("Owner");
        var acme = await CreateRootAsync(owner);
        var a = await CreateSubAsync(owner, acme, "A");
        var b = await CreateSubAsync(owner, a, "B");
        var c = await CreateSubAsync(owner, acme, "C");

        await AssertFailsAsync(ErrorCodes.Cycle, () => Org(a.Id).MoveAsync(owner.Id, b.Id));
        await AssertFailsAsync(ErrorCodes.Cycle, () => Org(a.Id).MoveAsync(owner.Id, a.Id));
        await AssertFailsAsync(ErrorCodes.BadUserInput, () => Org(acme.Id).MoveAsync(owner.Id, c.Id));
        Assert.Equal([a.Id, acme.Id], (await Org(b.Id).GetAncestorsAsync(owner.Id)).Select(o => o.Id));

        var moved = await Org(b.Id).MoveAsync(owner.Id, c.Id);

        Assert.Equal(c.Id, moved.ParentId);
        Assert.Equal([c.Id, acme.Id], (await Org(b.Id).GetAncestorsAsync(owner.Id)).Select(o => o.Id));
        Assert.Equal([b.Id], (await Org(c.Id).GetChildrenAsync(owner.Id, PageRequest.Default)).Edges.Select(e => e.Node.Id));
        Assert.Equal(0, (await Org(a.Id).GetChildrenAsync(owner.Id, PageRequest.Default)).TotalCount);
    }

    [StorageFact]
    public async Task MovingChangesWhatIsInherited()
    {
        var owner = await SignUpAsync("Owner");
        var acme = await CreateRootAsync(owner);
        var a = await CreateSubAsync(owner, acme, "A");
        var c = await CreateSubAsync(owner, acme, "C");
        var b = await CreateSubAsync(owner, a, "B");
        var aDev = await NewMemberAsync(a, owner, BuiltInRoles.Developer, "adev");
        Assert.True(await HasAsync(aDev, b, PermissionNames.AppsPush));

        await Org(b.Id).MoveAsync(owner.Id, c.Id);

        await AssertFailsAsync(ErrorCodes.NotFound, () => HasAsync(aDev, b, PermissionNames.AppsPush));
    }

    [StorageFact]
    public async Task AnOrganizationWithChildrenCannotBeDeletedButALeafCan()
    {
        var owner = await SignUpAsync("Owner");
        var acme = await CreateRootAsync(owner);
        var a = await CreateSubAsync(owner, acme, "A");
        var member = await NewMemberAsync(a, owner, BuiltInRoles.Viewer, "member");
        await Team(Ids.New()).CreateAsync(owner.Id, a.Id, "T", BuiltInRoles.Viewer);
        var admin = await NewMemberAsync(acme, owner, BuiltInRoles.Admin, "admin");

        await AssertFailsAsync(ErrorCodes.BadUserInput, () => Org(acme.Id).DeleteAsync(owner.Id));
        await AssertFailsAsync(ErrorCodes.Forbidden, () => Org(a.Id).DeleteAsync(admin.Id));
        await Org(a.Id).DeleteAsync(owner.Id);

        await AssertFailsAsync(ErrorCodes.NotFound, () => Org(a.Id).GetAsync(owner.Id));
        Assert.Single((await User(member.Id).GetMembershipsAsync(member.Id, PageRequest.Default)).Edges);
        await Org(acme.Id).DeleteAsync(owner.Id);
        await AssertFailsAsync(ErrorCodes.NotFound, () => Org(acme.Id).GetAsync(owner.Id));
    }

    [StorageFact]
    public async Task SettingsBelongToTheRootAndAreNormalised()
    {
        var owner = await SignUpAsync("Owner");
        var acme = await CreateRootAsync(owner);
        var sub = await CreateSubAsync(owner, acme);

        var updated = await Org(acme.Id).UpdateAsync(owner.Id, new OrganizationUpdate("  Acme Inc ", 10, [" @Example.COM", "example.com", "acme.io"], true));
        Assert.Equal("Acme Inc", updated.Name);
        Assert.Equal(["acme.io", "example.com"], updated.Settings.AllowedEmailDomains);
        Assert.Equal(10, updated.Settings.SeatLimit);
        Assert.Equal(1, updated.Settings.SeatsUsed);
        Assert.True(updated.Settings.SsoEnabled);
        var inherited = (await Org(sub.Id).GetAsync(owner.Id)).Settings;
        Assert.Equal(updated.Settings.AllowedEmailDomains, inherited.AllowedEmailDomains);
        Assert.Equal((10, true), (inherited.SeatLimit, inherited.SsoEnabled));

        await AssertFailsAsync(ErrorCodes.BadUserInput, () => Org(sub.Id).UpdateAsync(owner.Id, new OrganizationUpdate(SeatLimit: 5)));
        await AssertFailsAsync(ErrorCodes.BadUserInput, () => Org(acme.Id).UpdateAsync(owner.Id, new OrganizationUpdate(AllowedEmailDomains: ["not a domain"])));
        Assert.Equal("Renamed", (await Org(sub.Id).UpdateAsync(owner.Id, new OrganizationUpdate("Renamed"))).Name);
    }

    [StorageFact]
    public async Task ARoleAtTheRootAppliesTwelveLevelsDown()
    {
        var owner = await SignUpAsync("Owner");
        var acme = await CreateRootAsync(owner);
        var operatorUser = await NewMemberAsync(acme, owner, BuiltInRoles.Operator, "operator");
        var leaf = acme;
        for (var depth = 1; depth <= 12; depth++)
        {
            leaf = await CreateSubAsync(owner, leaf, $"Level {depth}");
        }

        Assert.Equal(12, (await Org(leaf.Id).GetAncestorsAsync(operatorUser.Id)).Count);
        Assert.True(await HasAsync(operatorUser, leaf, PermissionNames.RunsCreate));
        Assert.False(await HasAsync(operatorUser, leaf, PermissionNames.AppsCreate));
        var grant = Assert.Single((await User(operatorUser.Id).GetEffectivePermissionsAsync(operatorUser.Id, leaf.Id)).Grants,
            g => g.Permission == PermissionNames.RunsCreate);
        Assert.Equal((GrantSource.Inherited, acme.Id), (grant.Source, grant.OrganizationId));
    }
}
