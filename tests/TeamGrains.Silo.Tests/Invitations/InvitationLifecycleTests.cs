using TeamGrains.Interfaces;
using TeamGrains.Interfaces.Invitations;
using TeamGrains.Interfaces.Organizations;
using TeamGrains.Interfaces.Permissions;
using TeamGrains.Silo.Grains.Invitations;
using TeamGrains.Silo.Tests.Infrastructure;

namespace TeamGrains.Silo.Tests.Invitations;

/// <summary>Invite, accept, decline, resend, revoke, and the errors of each, on one storage provider.</summary>
public abstract class InvitationLifecycleTests
{
    protected InvitationLifecycleTests(IStorageFixture database) => Database = database;

    protected IStorageFixture Database { get; }

    [StorageFact]
    public async Task AcceptMakesTheInviteeADirectMemberWithTheRoleAndTeams()
    {
        await using var world = await InvitationWorld.StartAsync(Database.Storage);
        var owner = await world.SignUpAsync("owner");
        var root = await world.CreateRootAsync(owner.Id);
        var team = await world.CreateTeamAsync(owner.Id, root.Id);
        var bob = await world.SignUpAsync("bob");

        var issued = await world.InviteAsync(owner.Id, root.Id, "  " + world.Email("Bob").ToUpperInvariant() + " ", BuiltInRoles.Developer, [team.Id]);
        var accepted = await world.Invitation(issued.Invitation.Id).AcceptAsync(bob.Id);

        Assert.Equal(world.Email("bob"), issued.Invitation.Email);
        Assert.Equal(InvitationStatus.Accepted, accepted.Invitation.Status);
        Assert.Equal(BuiltInRoles.Developer, accepted.Role);
        var access = await world.User(bob.Id).GetAccessAsync(root.Id);
        Assert.True(access.IsMember);
        Assert.True(access.Permissions.Contains(PermissionNames.AppsPush));
        Assert.Equal(1, await world.CountAsync("SELECT COUNT(*) FROM team_members WHERE team_id = @id AND user_id = @user", new { id = team.Id, user = bob.Id }));
        Assert.Equal(InvitationStatus.Accepted, (await world.Invitation(issued.Invitation.Id).FindAsync())!.Status);
    }

    [StorageFact]
    public async Task InvitationDefaultsToViewerAndExpiresInSevenDays()
    {
        await using var world = await InvitationWorld.StartAsync(Database.Storage);
        var owner = await world.SignUpAsync("owner");
        var root = await world.CreateRootAsync(owner.Id);

        var invitation = (await world.InviteAsync(owner.Id, root.Id, world.Email("new"))).Invitation;

        Assert.Equal(BuiltInRoles.Viewer, invitation.Role);
        Assert.Equal(InvitationStatus.Pending, invitation.Status);
        Assert.Equal(TimeSpan.FromDays(7), invitation.ExpiresAt - invitation.CreatedAt);
        Assert.Equal(owner.Id, invitation.InvitedByUserId);
        Assert.Null(invitation.ResentAt);
    }

    [StorageFact]
    public async Task AcceptIsPossibleOnlyOnce()
    {
        await using var world = await InvitationWorld.StartAsync(Database.Storage);
        var owner = await world.SignUpAsync("owner");
        var root = await world.CreateRootAsync(owner.Id);
        var bob = await world.SignUpAsync("bob");
        var id = (await world.InviteAsync(owner.Id, root.Id, bob.Email)).Invitation.Id;

        await world.Invitation(id).AcceptAsync(bob.Id);

        await ErrorAssert.CodeAsync(ErrorCodes.InvitationNotPending, () => world.Invitation(id).AcceptAsync(bob.Id));
        await ErrorAssert.CodeAsync(ErrorCodes.InvitationNotPending, () => world.Invitation(id).DeclineAsync(bob.Id));
        await ErrorAssert.CodeAsync(ErrorCodes.InvitationNotPending, () => world.Invitation(id).RevokeAsync(owner.Id));
        await ErrorAssert.CodeAsync(ErrorCodes.InvitationNotPending, () => world.Invitation(id).ResendAsync(owner.Id));
        Assert.Equal(2, await world.CountAsync("SELECT COUNT(*) FROM memberships WHERE organization_id = @id", new { id = root.Id }));
    }

    [StorageFact]
    public async Task OnlyTheInviteeMayAcceptOrDeclineOthersGetNotFound()
    {
        await using var world = await InvitationWorld.StartAsync(Database.Storage);
        var owner = await world.SignUpAsync("owner");
        var root = await world.CreateRootAsync(owner.Id);
        var mallory = await world.SignUpAsync("mallory");
        var id = (await world.InviteAsync(owner.Id, root.Id, world.Email("bob"))).Invitation.Id;

        await ErrorAssert.CodeAsync(ErrorCodes.NotFound, () => world.Invitation(id).AcceptAsync(mallory.Id));
        await ErrorAssert.CodeAsync(ErrorCodes.NotFound, () => world.Invitation(id).DeclineAsync(owner.Id));
        await ErrorAssert.CodeAsync(ErrorCodes.NotFound, () => world.Invitation(id).GetAsync(mallory.Id));
        await ErrorAssert.CodeAsync(ErrorCodes.NotFound, () => world.Invitation(Ids.New()).AcceptAsync(mallory.Id));
        Assert.Equal(InvitationStatus.Pending, (await world.Invitation(id).GetAsync(owner.Id)).Status);
    }

    [StorageFact]
    public async Task DeclineThenResendReopensTheInvitation()
    {
        await using var world = await InvitationWorld.StartAsync(Database.Storage);
        var owner = await world.SignUpAsync("owner");
        var root = await world.CreateRootAsync(owner.Id);
        var bob = await world.SignUpAsync("bob");
        var issued = await world.InviteAsync(owner.Id, root.Id, bob.Email);
        var id = issued.Invitation.Id;

        Assert.Equal(InvitationStatus.Declined, (await world.Invitation(id).DeclineAsync(bob.Id)).Status);
        world.Time.Advance(TimeSpan.FromHours(1));
        var resent = await world.Invitation(id).ResendAsync(owner.Id);

        Assert.Equal(InvitationStatus.Pending, resent.Invitation.Status);
        Assert.Equal(world.Time.GetUtcNow(), resent.Invitation.ResentAt);
        Assert.Equal(world.Time.GetUtcNow() + TimeSpan.FromDays(7), resent.Invitation.ExpiresAt);
        Assert.False(await world.Invitation(id).VerifyTokenAsync(issued.Token));
        Assert.True(await world.Invitation(id).VerifyTokenAsync(resent.Token));
        Assert.Equal(InvitationStatus.Accepted, (await world.Invitation(id).AcceptAsync(bob.Id)).Invitation.Status);
    }

    [StorageFact]
    public async Task RevokeWorksOnlyWhilePending()
    {
        await using var world = await InvitationWorld.StartAsync(Database.Storage);
        var owner = await world.SignUpAsync("owner");
        var root = await world.CreateRootAsync(owner.Id);
        var bob = await world.SignUpAsync("bob");
        var id = (await world.InviteAsync(owner.Id, root.Id, bob.Email)).Invitation.Id;

        Assert.Equal(InvitationStatus.Revoked, (await world.Invitation(id).RevokeAsync(owner.Id)).Status);

        await ErrorAssert.CodeAsync(ErrorCodes.InvitationNotPending, () => world.Invitation(id).RevokeAsync(owner.Id));
        await ErrorAssert.CodeAsync(ErrorCodes.InvitationNotPending, () => world.Invitation(id).AcceptAsync(bob.Id));
        await ErrorAssert.CodeAsync(ErrorCodes.InvitationNotPending, () => world.Invitation(id).ResendAsync(owner.Id));
        Assert.False((await world.User(bob.Id).GetAccessAsync(root.Id)).IsMember);
    }

    [StorageFact]
    public async Task MalformedEmailUnknownRoleAndForeignTeamAreBadUserInput()
    {
        await using var world = await InvitationWorld.StartAsync(Database.Storage);
        var owner = await world.SignUpAsync("owner");
        var root = await world.CreateRootAsync(owner.Id);
        var other = await world.CreateRootAsync(owner.Id);
        var foreignTeam = await world.CreateTeamAsync(owner.Id, other.Id);

        await ErrorAssert.CodeAsync(ErrorCodes.BadUserInput, () => world.InviteAsync(owner.Id, root.Id, "not an email"));
        await ErrorAssert.CodeAsync(ErrorCodes.BadUserInput, () => world.InviteAsync(owner.Id, root.Id, "a@b@" + world.Domain));
        await ErrorAssert.CodeAsync(ErrorCodes.BadUserInput, () => world.InviteAsync(owner.Id, root.Id, world.Email("x"), "WIZARD"));
        await ErrorAssert.CodeAsync(ErrorCodes.BadUserInput, () => world.InviteAsync(owner.Id, root.Id, world.Email("x"), teamIds: [foreignTeam.Id]));
        Assert.Equal(0, await world.CountAsync("SELECT COUNT(*) FROM invitations WHERE organization_id = @id", new { id = root.Id }));
    }

    [StorageFact]
    public async Task InvitingNeedsMembersManageAndARoleTheInviterHolds()
    {
        await using var world = await InvitationWorld.StartAsync(Database.Storage);
        var owner = await world.SignUpAsync("owner");
        var root = await world.CreateRootAsync(owner.Id);
        var developer = await world.MemberAsync("dev", root.Id, BuiltInRoles.Developer, owner.Id);
        var admin = await world.MemberAsync("admin", root.Id, BuiltInRoles.Admin, owner.Id);
        var stranger = await world.SignUpAsync("stranger");

        var forbidden = await ErrorAssert.CodeAsync(ErrorCodes.Forbidden, () => world.InviteAsync(developer.Id, root.Id, world.Email("x")));
        Assert.Contains(PermissionNames.MembersManage, forbidden.Message, StringComparison.Ordinal);
        await ErrorAssert.CodeAsync(ErrorCodes.NotFound, () => world.InviteAsync(stranger.Id, root.Id, world.Email("x")));
        await ErrorAssert.CodeAsync(ErrorCodes.Forbidden, () => world.InviteAsync(admin.Id, root.Id, world.Email("x"), BuiltInRoles.Owner));
        Assert.Equal(BuiltInRoles.Admin, (await world.InviteAsync(admin.Id, root.Id, world.Email("y"), "admin")).Invitation.Role);
    }

    [StorageFact]
    public async Task DirectMemberIsAlreadyMemberAndSecondPendingIsAlreadyInvited()
    {
        await using var world = await InvitationWorld.StartAsync(Database.Storage);
        var owner = await world.SignUpAsync("owner");
        var root = await world.CreateRootAsync(owner.Id);
        await world.MemberAsync("member", root.Id, BuiltInRoles.Viewer, owner.Id);
        await world.InviteAsync(owner.Id, root.Id, world.Email("bob"));

        await ErrorAssert.CodeAsync(ErrorCodes.AlreadyMember, () => world.InviteAsync(owner.Id, root.Id, world.Email("MEMBER")));
        await ErrorAssert.CodeAsync(ErrorCodes.AlreadyInvited, () => world.InviteAsync(owner.Id, root.Id, world.Email("BOB") + " "));
        Assert.Equal(1, await world.CountAsync("SELECT COUNT(*) FROM invitations WHERE email = @email", new { email = world.Email("bob") }));
    }

    [StorageFact]
    public async Task InviteeWhoBecameADirectMemberMeanwhileCannotAcceptButMayDecline()
    {
        await using var world = await InvitationWorld.StartAsync(Database.Storage);
        var owner = await world.SignUpAsync("owner");
        var root = await world.CreateRootAsync(owner.Id);
        var bob = await world.SignUpAsync("bob");
        var id = (await world.InviteAsync(owner.Id, root.Id, bob.Email, BuiltInRoles.Admin)).Invitation.Id;
        await world.Organization(root.Id).AddMemberAsync(owner.Id, bob.Id, BuiltInRoles.Viewer);

        await ErrorAssert.CodeAsync(ErrorCodes.AlreadyMember, () => world.Invitation(id).AcceptAsync(bob.Id));

        Assert.Equal(InvitationStatus.Pending, (await world.Invitation(id).FindAsync())!.Status);
        Assert.False((await world.User(bob.Id).GetAccessAsync(root.Id)).Permissions.Contains(PermissionNames.MembersManage));
        Assert.Equal(InvitationStatus.Declined, (await world.Invitation(id).DeclineAsync(bob.Id)).Status);
    }

    [StorageFact]
    public async Task EveryChangeIsAudited()
    {
        await using var world = await InvitationWorld.StartAsync(Database.Storage);
        var owner = await world.SignUpAsync("owner");
        var root = await world.CreateRootAsync(owner.Id);
        var bob = await world.SignUpAsync("bob");
        var id = (await world.InviteAsync(owner.Id, root.Id, bob.Email)).Invitation.Id;
        await world.Invitation(id).DeclineAsync(bob.Id);
        await world.Invitation(id).ResendAsync(owner.Id);
        await world.Invitation(id).AcceptAsync(bob.Id);

        var actions = await world.Silo.Storage.ReadAsync(async (tx, ct) => (await Dapper.SqlMapper.QueryAsync<string>(
            tx.Connection, new Dapper.CommandDefinition("SELECT action FROM audit_log WHERE target_id = @id ORDER BY id", new { id }, tx.Transaction, cancellationToken: ct))).ToList());

        Assert.Equal(["invitation.created", "invitation.declined", "invitation.resent", "invitation.accepted"], actions);
    }
}
