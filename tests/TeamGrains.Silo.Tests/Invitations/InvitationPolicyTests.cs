using TeamGrains.Interfaces;
using TeamGrains.Interfaces.Invitations;
using TeamGrains.Interfaces.Permissions;
using TeamGrains.Silo.Grains.Invitations;
using TeamGrains.Silo.Tests.Infrastructure;

namespace TeamGrains.Silo.Tests.Invitations;

/// <summary>Allowed domains, SSO, seat limits, sub-organizations and invitees without an account.</summary>
public abstract class InvitationPolicyTests
{
    private static readonly string[] RecruiterPermissions =
        [.. BuiltInRoles.ViewerRole.Permissions.ToNames(), PermissionNames.MembersManage];

    protected InvitationPolicyTests(IStorageFixture database) => Database = database;

    protected IStorageFixture Database { get; }

    [StorageFact]
    public async Task MembersManagersInviteOnlyAllowedDomainsWhileAdminsInviteAnyone()
    {
        await using var world = await InvitationWorld.StartAsync(Database.Storage);
        var owner = await world.SignUpAsync("owner");
        var root = await world.CreateRootAsync(owner.Id, allowedDomains: [world.Domain]);
        await world.Organization(root.Id).DefineRoleAsync(owner.Id, "Recruiter", RecruiterPermissions);
        var recruiter = await world.MemberAsync("recruiter", root.Id, "Recruiter", owner.Id);
        var admin = await world.MemberAsync("admin", root.Id, BuiltInRoles.Admin, owner.Id);
        var outsider = "someone@outside-" + world.Domain;

        await ErrorAssert.CodeAsync(ErrorCodes.DomainNotAllowed, () => world.InviteAsync(recruiter.Id, root.Id, outsider));
        Assert.Equal(InvitationStatus.Pending, (await world.InviteAsync(recruiter.Id, root.Id, world.Email("inside"))).Invitation.Status);
        Assert.Equal(outsider, (await world.InviteAsync(admin.Id, root.Id, outsider)).Invitation.Email);
        Assert.Equal(InvitationStatus.Pending, (await world.InviteAsync(owner.Id, root.Id, "other@elsewhere-" + world.Domain)).Invitation.Status);
    }

    [StorageFact]
    public async Task SsoOrganizationsRefuseOutsideDomainsForEveryone()
    {
        await using var world = await InvitationWorld.StartAsync(Database.Storage);
        var owner = await world.SignUpAsync("owner");
        var root = await world.CreateRootAsync(owner.Id, allowedDomains: [world.Domain], sso: true);
        var child = await world.CreateChildAsync(owner.Id, root.Id);

        await ErrorAssert.CodeAsync(ErrorCodes.DomainNotAllowed, () => world.InviteAsync(owner.Id, root.Id, "x@outside-" + world.Domain));
        await ErrorAssert.CodeAsync(ErrorCodes.DomainNotAllowed, () => world.InviteAsync(owner.Id, child.Id, "x@outside-" + world.Domain));
        Assert.Equal(InvitationStatus.Pending, (await world.InviteAsync(owner.Id, root.Id, world.Email("inside"))).Invitation.Status);
    }

    [StorageFact]
    public async Task PendingInvitationsCountAgainstTheRootSeatLimit()
    {
        await using var world = await InvitationWorld.StartAsync(Database.Storage);
        var owner = await world.SignUpAsync("owner");
        var root = await world.CreateRootAsync(owner.Id, seatLimit: 3);
        var child = await world.CreateChildAsync(owner.Id, root.Id);
        await world.InviteAsync(owner.Id, root.Id, world.Email("a"));
        var second = await world.InviteAsync(owner.Id, child.Id, world.Email("b"));

        await ErrorAssert.CodeAsync(ErrorCodes.SeatLimitReached, () => world.InviteAsync(owner.Id, child.Id, world.Email("c")));
        await world.Invitation(second.Invitation.Id).RevokeAsync(owner.Id);
        var third = await world.InviteAsync(owner.Id, child.Id, world.Email("c"));

        Assert.Equal(InvitationStatus.Pending, third.Invitation.Status);
        Assert.Equal(3, (await world.Organization(child.Id).FindAsync())!.Settings.SeatsUsed);
    }

    [StorageFact]
    public async Task ReopeningADeclinedInvitationNeedsAFreeSeat()
    {
        await using var world = await InvitationWorld.StartAsync(Database.Storage);
        var owner = await world.SignUpAsync("owner");
        var root = await world.CreateRootAsync(owner.Id, seatLimit: 2);
        var bob = await world.SignUpAsync("bob");
        var id = (await world.InviteAsync(owner.Id, root.Id, bob.Email)).Invitation.Id;
        await world.Invitation(id).DeclineAsync(bob.Id);
        await world.InviteAsync(owner.Id, root.Id, world.Email("carol"));

        await ErrorAssert.CodeAsync(ErrorCodes.SeatLimitReached, () => world.Invitation(id).ResendAsync(owner.Id));
        Assert.Equal(InvitationStatus.Declined, (await world.Invitation(id).FindAsync())!.Status);
    }

    [StorageFact]
    public async Task SubOrganizationInvitationJoinsOnlyThatSubOrganization()
    {
        await using var world = await InvitationWorld.StartAsync(Database.Storage);
        var owner = await world.SignUpAsync("owner");
        var root = await world.CreateRootAsync(owner.Id);
        var child = await world.CreateChildAsync(owner.Id, root.Id);
        var grandchild = await world.CreateChildAsync(owner.Id, child.Id);
        var bob = await world.SignUpAsync("bob");
        var id = (await world.InviteAsync(owner.Id, child.Id, bob.Email, BuiltInRoles.Operator)).Invitation.Id;

        var accepted = await world.Invitation(id).AcceptAsync(bob.Id);

        Assert.Equal(child.Id, accepted.OrganizationId);
        Assert.False((await world.User(bob.Id).GetAccessAsync(root.Id)).IsMember);
        Assert.True((await world.User(bob.Id).GetAccessAsync(child.Id)).Permissions.Contains(PermissionNames.ApiKeysCreate));
        Assert.True((await world.User(bob.Id).GetAccessAsync(grandchild.Id)).IsMember);
    }

    [StorageFact]
    public async Task InheritedMemberAcceptingGetsADirectMembership()
    {
        await using var world = await InvitationWorld.StartAsync(Database.Storage);
        var owner = await world.SignUpAsync("owner");
        var root = await world.CreateRootAsync(owner.Id);
        var child = await world.CreateChildAsync(owner.Id, root.Id);
        var bob = await world.MemberAsync("bob", root.Id, BuiltInRoles.Viewer, owner.Id);
        var id = (await world.InviteAsync(owner.Id, child.Id, bob.Email, BuiltInRoles.Developer)).Invitation.Id;

        await world.Invitation(id).AcceptAsync(bob.Id);

        Assert.Equal(BuiltInRoles.Developer, await world.QueryAsync<string>(
            "SELECT role FROM memberships WHERE organization_id = @org AND user_id = @user", new { org = child.Id, user = bob.Id }));
        Assert.False((await world.User(bob.Id).GetAccessAsync(root.Id)).Permissions.Contains(PermissionNames.AppsPush));
        Assert.True((await world.User(bob.Id).GetAccessAsync(child.Id)).Permissions.Contains(PermissionNames.AppsPush));
    }

    [StorageFact]
    public async Task InvitationToAnEmailWithoutAccountIsSeenAfterSignUp()
    {
        await using var world = await InvitationWorld.StartAsync(Database.Storage);
        var owner = await world.SignUpAsync("owner");
        var root = await world.CreateRootAsync(owner.Id);
        var id = (await world.InviteAsync(owner.Id, root.Id, world.Email("Newcomer"))).Invitation.Id;

        var newcomer = await world.SignUpAsync("newcomer");
        var pending = await world.Service<InvitationQueries>().GetPendingForUserAsync(newcomer.Id);

        Assert.Equal([id], pending.Select(i => i.Id));
        await world.Invitation(id).AcceptAsync(newcomer.Id);
        Assert.Empty(await world.Service<InvitationQueries>().GetPendingForUserAsync(newcomer.Id));
        Assert.True((await world.User(newcomer.Id).GetAccessAsync(root.Id)).IsMember);
    }
}
