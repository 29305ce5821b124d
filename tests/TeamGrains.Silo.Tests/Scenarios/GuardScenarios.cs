using Dapper;
using TeamGrains.Interfaces;
using TeamGrains.Interfaces.Organizations;
using TeamGrains.Interfaces.Paging;
using TeamGrains.Interfaces.Permissions;
using TeamGrains.Silo.Tests.Grains;
using TeamGrains.Silo.Tests.Infrastructure;

namespace TeamGrains.Silo.Tests.Scenarios;

/// <summary>Refusals carry the contract code and change nothing; strangers learn nothing; every change is audited.</summary>
public abstract class GuardScenarios(IStorageFixture database) : DomainTestBase(database)
{
    [StorageFact]
    public async Task BadInputIsRefusedWithTheRightCodeAndNothingChanges()
    {
        var owner = await SignUpAsync("Owner");
        var acme = await CreateRootAsync(owner);
        var member = await NewMemberAsync(acme, owner, BuiltInRoles.Viewer, "member");
        var auditBefore = (await Org(acme.Id).GetAuditLogAsync(owner.Id, PageRequest.Default)).TotalCount;

        await AssertFailsAsync(ErrorCodes.BadUserInput, () => Org(acme.Id).ChangeMemberRoleAsync(owner.Id, member.Id, "EMPEROR"));
        await AssertFailsAsync(ErrorCodes.BadUserInput, () => Org(acme.Id).UpdateAsync(owner.Id, new OrganizationUpdate("   ")));
        await AssertFailsAsync(ErrorCodes.BadUserInput, () => Org(Ids.New()).CreateAsync(owner.Id, "", null));
        await AssertFailsAsync(ErrorCodes.BadUserInput, () => Team(Ids.New()).CreateAsync(owner.Id, acme.Id, "T", "EMPEROR"));
        await AssertFailsAsync(ErrorCodes.BadUserInput, () => Org(acme.Id).DefineRoleAsync(owner.Id, "Fly", ["apps:fly"]));
        await AssertFailsAsync(ErrorCodes.BadUserInput, () => Resource(Ids.New()).CreateAsync(owner.Id, acme.Id, " ", "x", ResourceVisibility.Organization));
        await AssertFailsAsync(ErrorCodes.BadUserInput, () => Org(acme.Id).GetMembersAsync(owner.Id, new PageRequest(10, "garbage")));

        Assert.Equal(BuiltInRoles.Viewer, await DirectRoleAsync(acme, owner, member));
        Assert.Equal("Acme", (await Org(acme.Id).GetAsync(owner.Id)).Name);
        Assert.Equal(0, (await Org(acme.Id).GetTeamsAsync(owner.Id, PageRequest.Default)).TotalCount);
        Assert.Equal(6, (await Org(acme.Id).GetRolesAsync(owner.Id)).Count);
        Assert.Equal(auditBefore, (await Org(acme.Id).GetAuditLogAsync(owner.Id, PageRequest.Default)).TotalCount);
    }

    [StorageFact]
    public async Task StrangersGetNotFoundAndMembersGetForbiddenNamingThePermission()
    {
        var owner = await SignUpAsync("Owner");
        var acme = await CreateRootAsync(owner);
        var viewer = await NewMemberAsync(acme, owner, BuiltInRoles.Viewer, "viewer");
        var stranger = await SignUpAsync("Stranger");

        await AssertFailsAsync(ErrorCodes.NotFound, () => Org(acme.Id).GetAsync(stranger.Id));
        await AssertFailsAsync(ErrorCodes.NotFound, () => Org(acme.Id).RemoveMemberAsync(stranger.Id, viewer.Id));
        await AssertFailsAsync(ErrorCodes.NotFound, () => Org(Ids.New()).GetAsync(owner.Id));
        await AssertFailsAsync(ErrorCodes.NotFound, () => Org(acme.Id).AddMemberAsync(owner.Id, Ids.New(), BuiltInRoles.Viewer));

        var failure = await AssertFailsAsync(ErrorCodes.Forbidden, () => Org(acme.Id).RemoveMemberAsync(viewer.Id, owner.Id));
        Assert.Contains(PermissionNames.MembersManage, failure.Message, StringComparison.Ordinal);
        failure = await AssertFailsAsync(ErrorCodes.Forbidden, () => Org(acme.Id).GetAuditLogAsync(viewer.Id, PageRequest.Default));
        Assert.Contains(PermissionNames.AuditView, failure.Message, StringComparison.Ordinal);
    }

    [StorageFact]
    public async Task NobodyGrantsARoleHoldingMoreThanTheyHold()
    {
        var owner = await SignUpAsync("Owner");
        var acme = await CreateRootAsync(owner);
        await Org(acme.Id).DefineRoleAsync(owner.Id, "Biller", [PermissionNames.PlanManage]);
        var admin = await NewMemberAsync(acme, owner, BuiltInRoles.Admin, "admin");
        var dev = await NewMemberAsync(acme, owner, BuiltInRoles.Developer, "dev");

        var failure = await AssertFailsAsync(ErrorCodes.Forbidden, () => Org(acme.Id).ChangeMemberRoleAsync(admin.Id, dev.Id, "Biller"));
        Assert.Contains(PermissionNames.PlanManage, failure.Message, StringComparison.Ordinal);
        await AssertFailsAsync(ErrorCodes.Forbidden, () => Org(acme.Id).DefineRoleAsync(admin.Id, "Sneaky", [PermissionNames.OrganizationDelete]));
        await AssertFailsAsync(ErrorCodes.Forbidden, () => Team(Ids.New()).CreateAsync(admin.Id, acme.Id, "Owners", BuiltInRoles.Owner));
        Assert.Equal(BuiltInRoles.Developer, await DirectRoleAsync(acme, owner, dev));
    }

    [StorageFact]
    public async Task TheSeatLimitCountsDirectMembersOfTheWholeTree()
    {
        var owner = await SignUpAsync("Owner");
        var acme = await CreateRootAsync(owner);
        var sub = await CreateSubAsync(owner, acme);
        await Org(acme.Id).UpdateAsync(owner.Id, new OrganizationUpdate(SeatLimit: 3));
        var first = await NewMemberAsync(acme, owner, BuiltInRoles.Viewer, "first");
        await NewMemberAsync(sub, owner, BuiltInRoles.Viewer, "second");
        var third = await SignUpAsync("third");

        await AssertFailsAsync(ErrorCodes.SeatLimitReached, () => Org(sub.Id).AddMemberAsync(owner.Id, third.Id, BuiltInRoles.Viewer));
        await Org(sub.Id).AddMemberAsync(owner.Id, first.Id, BuiltInRoles.Developer);
        await AssertFailsAsync(ErrorCodes.BadUserInput, () => Org(acme.Id).UpdateAsync(owner.Id, new OrganizationUpdate(SeatLimit: 2)));
        Assert.Equal(3, (await Org(sub.Id).GetAsync(owner.Id)).Settings.SeatsUsed);
    }

    [StorageFact]
    public async Task ClearingTheSeatLimitMakesTheTreeUnlimited()
    {
        var owner = await SignUpAsync("Owner");
        var acme = await CreateRootAsync(owner);
        await Org(acme.Id).UpdateAsync(owner.Id, new OrganizationUpdate(SeatLimit: 1));
        var second = await SignUpAsync("second");
        await AssertFailsAsync(ErrorCodes.SeatLimitReached, () => Org(acme.Id).AddMemberAsync(owner.Id, second.Id, BuiltInRoles.Viewer));
        await AssertFailsAsync(ErrorCodes.BadUserInput, () => Org(acme.Id).UpdateAsync(owner.Id, new OrganizationUpdate(SeatLimit: 5, ClearSeatLimit: true)));

        var cleared = await Org(acme.Id).UpdateAsync(owner.Id, new OrganizationUpdate(ClearSeatLimit: true));

        Assert.Null(cleared.Settings.SeatLimit);
        await Org(acme.Id).AddMemberAsync(owner.Id, second.Id, BuiltInRoles.Viewer);
        Assert.Equal(2, (await Org(acme.Id).GetAsync(owner.Id)).Settings.SeatsUsed);
    }

    [StorageFact]
    public async Task RemovingAMemberRemovesTheirTeamsAndRevokesTheirApiKeys()
    {
        var owner = await SignUpAsync("Owner");
        var acme = await CreateRootAsync(owner);
        var dev = await NewMemberAsync(acme, owner, BuiltInRoles.Developer, "dev");
        var team = await Team(Ids.New()).CreateAsync(owner.Id, acme.Id, "Builders", BuiltInRoles.Operator);
        await Team(team.Id).AddMemberAsync(owner.Id, dev.Id);
        var keyId = Ids.New();
        await Silo.Storage.WriteAsync((tx, ct) => tx.Connection.ExecuteAsync(
            "INSERT INTO api_keys (id, user_id, organization_id, name, secret_hash, created_at) VALUES (@keyId, @user, @org, 'ci', @hash, 0)",
            new { keyId, user = dev.Id, org = acme.Id, hash = Guid.NewGuid().ToString("N") }, tx.Transaction));

        await Org(acme.Id).RemoveMemberAsync(owner.Id, dev.Id);

        Assert.Equal(0, (await Team(team.Id).GetMembersAsync(owner.Id, PageRequest.Default)).TotalCount);
        var revoked = await Silo.Storage.ReadAsync((tx, ct) => tx.Connection.ExecuteScalarAsync<long?>(
            "SELECT revoked_at FROM api_keys WHERE id = @keyId", new { keyId }, tx.Transaction));
        Assert.NotNull(revoked);
        await AssertFailsAsync(ErrorCodes.NotFound, () => HasAsync(dev, acme, PermissionNames.AppsView));
    }

    [StorageFact]
    public async Task TeamsTakeOnlyMembersAndDeletingOneCanRemoveItsOrphans()
    {
        var owner = await SignUpAsync("Owner");
        var acme = await CreateRootAsync(owner);
        var onlyTeam = await NewMemberAsync(acme, owner, BuiltInRoles.None, "onlyteam");
        var viewer = await NewMemberAsync(acme, owner, BuiltInRoles.Viewer, "viewer");
        var stranger = await SignUpAsync("Stranger");
        var team = await Team(Ids.New()).CreateAsync(owner.Id, acme.Id, "Ops", BuiltInRoles.Operator);
        await Team(team.Id).AddMemberAsync(owner.Id, onlyTeam.Id);
        await Team(team.Id).AddMemberAsync(owner.Id, viewer.Id);
        await AssertFailsAsync(ErrorCodes.NotFound, () => Team(team.Id).AddMemberAsync(owner.Id, stranger.Id));

        await Team(team.Id).DeleteAsync(owner.Id, removeOrphanedMembers: true);

        await AssertFailsAsync(ErrorCodes.NotFound, () => Team(team.Id).GetAsync(owner.Id));
        Assert.Null(await DirectRoleAsync(acme, owner, onlyTeam));
        Assert.Equal(BuiltInRoles.Viewer, await DirectRoleAsync(acme, owner, viewer));
        Assert.False(await HasAsync(viewer, acme, PermissionNames.RunsCreate));
    }

    [StorageFact]
    public async Task EveryChangeIsAuditedNewestFirstWithItsRequestId()
    {
        var owner = await SignUpAsync("Owner");
        var acme = await CreateRootAsync(owner);
        var member = await SignUpAsync("member");
        await Org(acme.Id).AddMemberAsync(owner.Id, member.Id, BuiltInRoles.Viewer, "req-1");
        await Org(acme.Id).ChangeMemberRoleAsync(owner.Id, member.Id, BuiltInRoles.Operator, "req-2");

        var log = await Org(acme.Id).GetAuditLogAsync(owner.Id, new PageRequest(2));

        Assert.Equal(3, log.TotalCount);
        Assert.Equal(["member.role-changed", "member.added"], log.Edges.Select(e => e.Node.Action));
        var change = log.Edges[0].Node;
        Assert.Equal(("req-2", owner.Id, member.Id), (change.RequestId, change.ActorId, change.TargetId));
        Assert.Contains("\"before\":{\"role\":\"VIEWER\"}", change.Details, StringComparison.Ordinal);
        Assert.Contains("\"after\":{\"role\":\"OPERATOR\"}", change.Details, StringComparison.Ordinal);
    }
}
