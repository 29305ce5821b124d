using TeamGrains.Interfaces;
using TeamGrains.Interfaces.Permissions;
using TeamGrains.Silo.Tests.Grains;
using TeamGrains.Silo.Tests.Infrastructure;

namespace TeamGrains.Silo.Tests.Scenarios;

/// <summary>
/// A node answers from memory; a change committed on another node reaches it through the change feed,
/// and once it has applied the writer's position its answers reflect the change (the consistency token).
/// </summary>
public abstract class CrossNodeScenarios(IStorageFixture database) : DomainTestBase(database)
{
    [StorageFact]
    public async Task AChangeOnOneNodeIsSeenOnTheOtherOnceItAppliedThePosition()
    {
        await using var other = await StartSiloAsync();
        var owner = await SignUpAsync("Owner");
        var acme = await CreateRootAsync(owner);
        var sub = await CreateSubAsync(owner, acme);
        var member = await NewMemberAsync(acme, owner, BuiltInRoles.Viewer, "member");
        var team = await Team(Ids.New()).CreateAsync(owner.Id, acme.Id, "Ops", null);
        await Team(team.Id).AddMemberAsync(owner.Id, member.Id);
        await other.ChangeFeed.WaitForAsync(await Silo.ChangeFeed.ReadHeadAsync(CancellationToken.None), CancellationToken.None);
        var remote = other.GetGrain<Interfaces.Users.IUserGrain>(member.Id);
        Assert.False(await remote.CheckPermissionAsync(member.Id, sub.Id, PermissionNames.RunsCreate));

        await Org(acme.Id).ChangeMemberRoleAsync(owner.Id, member.Id, BuiltInRoles.Operator);
        await other.ChangeFeed.WaitForAsync(await Silo.ChangeFeed.ReadHeadAsync(CancellationToken.None), CancellationToken.None);
        Assert.True(await remote.CheckPermissionAsync(member.Id, sub.Id, PermissionNames.RunsCreate));

        await Team(team.Id).UpdateAsync(owner.Id, null, BuiltInRoles.Developer);
        await other.ChangeFeed.WaitForAsync(await Silo.ChangeFeed.ReadHeadAsync(CancellationToken.None), CancellationToken.None);
        Assert.True(await remote.CheckPermissionAsync(member.Id, sub.Id, PermissionNames.AppsPush));

        await Org(acme.Id).DefineRoleAsync(owner.Id, "Pusher", [PermissionNames.AppsPush]);
        await Org(sub.Id).AddMemberAsync(owner.Id, member.Id, "Pusher");
        await Team(team.Id).UpdateAsync(owner.Id, null, null, clearRole: true);
        await other.ChangeFeed.WaitForAsync(await Silo.ChangeFeed.ReadHeadAsync(CancellationToken.None), CancellationToken.None);
        Assert.True(await remote.CheckPermissionAsync(member.Id, sub.Id, PermissionNames.AppsPush));

        // Only the root's grain is named by this change: the remote user grain's cache must notice it.
        await Org(acme.Id).DefineRoleAsync(owner.Id, "Pusher", [PermissionNames.AppsView]);
        await other.ChangeFeed.WaitForAsync(await Silo.ChangeFeed.ReadHeadAsync(CancellationToken.None), CancellationToken.None);
        Assert.False(await remote.CheckPermissionAsync(member.Id, sub.Id, PermissionNames.AppsPush));
    }

    [StorageFact]
    public async Task ResourceBindingsChangedOnOneNodeReachTheOther()
    {
        await using var other = await StartSiloAsync();
        var owner = await SignUpAsync("Owner");
        var acme = await CreateRootAsync(owner);
        var member = await NewMemberAsync(acme, owner, BuiltInRoles.Admin, "member");
        var project = await Resource(Ids.New()).CreateAsync(owner.Id, acme.Id, "project", "Private", ResourceVisibility.Private);
        await other.ChangeFeed.WaitForAsync(await Silo.ChangeFeed.ReadHeadAsync(CancellationToken.None), CancellationToken.None);
        var remote = other.GetGrain<Interfaces.Users.IUserGrain>(member.Id);
        Assert.False(await remote.CheckPermissionAsync(member.Id, acme.Id, PermissionNames.AppView, project.Id));

        await Resource(project.Id).SetAccessAsync(owner.Id, member.Id, null, AccessLevel.Contributor);
        await other.ChangeFeed.WaitForAsync(await Silo.ChangeFeed.ReadHeadAsync(CancellationToken.None), CancellationToken.None);

        Assert.True(await remote.CheckPermissionAsync(member.Id, acme.Id, PermissionNames.SecretsWrite, project.Id));
    }
}
