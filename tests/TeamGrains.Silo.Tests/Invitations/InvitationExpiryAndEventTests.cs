using TeamGrains.Interfaces;
using TeamGrains.Interfaces.Invitations;
using TeamGrains.Silo.Grains.Invitations;
using TeamGrains.Silo.Tests.Infrastructure;

namespace TeamGrains.Silo.Tests.Invitations;

/// <summary>Lazy and swept expiry, the change-log events that feed subscriptions, and the email-link token.</summary>
public abstract class InvitationExpiryAndEventTests
{
    private static readonly TimeSpan PastExpiry = TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1);

    protected InvitationExpiryAndEventTests(IStorageFixture database) => Database = database;

    protected IStorageFixture Database { get; }

    [StorageFact]
    public async Task PendingInvitationPastItsExpiryReadsExpiredAndCannotBeAccepted()
    {
        await using var world = await InvitationWorld.StartAsync(Database.Storage);
        var owner = await world.SignUpAsync("owner");
        var root = await world.CreateRootAsync(owner.Id);
        var bob = await world.SignUpAsync("bob");
        var id = (await world.InviteAsync(owner.Id, root.Id, bob.Email)).Invitation.Id;

        world.Time.Advance(PastExpiry);

        Assert.Equal(InvitationStatus.Expired, (await world.Invitation(id).FindAsync())!.Status);
        Assert.Empty(await world.Service<InvitationQueries>().GetPendingForUserAsync(bob.Id));
        await ErrorAssert.CodeAsync(ErrorCodes.InvitationNotPending, () => world.Invitation(id).AcceptAsync(bob.Id));
        Assert.Equal("EXPIRED", await world.QueryAsync<string>("SELECT status FROM invitations WHERE id = @id", new { id }));
        Assert.False((await world.User(bob.Id).GetAccessAsync(root.Id)).IsMember);
    }

    [StorageFact]
    public async Task SweepRecordsExpiredOnceAndResendReopens()
    {
        await using var world = await InvitationWorld.StartAsync(Database.Storage);
        var owner = await world.SignUpAsync("owner");
        var root = await world.CreateRootAsync(owner.Id);
        var id = (await world.InviteAsync(owner.Id, root.Id, world.Email("bob"))).Invitation.Id;

        // A subscription may also get events its node had not published yet when it began (on
        // PostgreSQL a local commit is published once the log's horizon passes it): start after them.
        await world.Silo.ChangeFeed.WaitForAsync(await world.Silo.ChangeFeed.ReadHeadAsync(CancellationToken.None), CancellationToken.None);
        var events = new List<InvitationEvent>();
        using var subscription = world.Service<InvitationEvents>().Subscribe(InvitationEventFilter.ForOrganization(root.Id), events.Add);

        world.Time.Advance(PastExpiry);
        var sweeper = world.Service<InvitationExpirySweeper>();
        Assert.True(await sweeper.SweepOnceAsync() >= 1);
        Assert.Equal(0, await sweeper.SweepOnceAsync());
        await world.Silo.ChangeFeed.WaitForAsync(await world.QueryAsync<long>("SELECT MAX(position) FROM change_log"), CancellationToken.None);

        Assert.Equal([InvitationEventKind.Expired], events.Select(e => e.Kind));
        var resent = await world.Invitation(id).ResendAsync(owner.Id);
        Assert.Equal(InvitationStatus.Pending, resent.Invitation.Status);
        Assert.True(resent.Invitation.ExpiresAt > world.Time.GetUtcNow());
    }

    [StorageFact]
    public async Task StaleInvitationDoesNotBlockANewOne()
    {
        await using var world = await InvitationWorld.StartAsync(Database.Storage);
        var owner = await world.SignUpAsync("owner");
        var root = await world.CreateRootAsync(owner.Id);
        var first = (await world.InviteAsync(owner.Id, root.Id, world.Email("bob"))).Invitation.Id;

        world.Time.Advance(PastExpiry);
        var second = (await world.InviteAsync(owner.Id, root.Id, world.Email("bob"))).Invitation;

        Assert.Equal(InvitationStatus.Pending, second.Status);
        Assert.Equal(InvitationStatus.Expired, (await world.Invitation(first).FindAsync())!.Status);
        Assert.Equal("EXPIRED", await world.QueryAsync<string>("SELECT status FROM invitations WHERE id = @first", new { first }));
    }

    [StorageFact]
    public async Task EveryChangeReachesTheInviteeAndTheOrganizationSubscribers()
    {
        await using var world = await InvitationWorld.StartAsync(Database.Storage);
        var owner = await world.SignUpAsync("owner");
        var root = await world.CreateRootAsync(owner.Id);
        var other = await world.CreateRootAsync(owner.Id);
        var bob = await world.SignUpAsync("bob");
        var events = world.Service<InvitationEvents>();
        var forBob = new List<InvitationEvent>();
        var forRoot = new List<InvitationEvent>();
        using var bobSubscription = events.Subscribe(InvitationEventFilter.ForInvitee(bob.Email.ToUpperInvariant()), forBob.Add);
        using var rootSubscription = events.Subscribe(InvitationEventFilter.ForOrganization(root.Id), forRoot.Add);

        var id = (await world.InviteAsync(owner.Id, root.Id, bob.Email)).Invitation.Id;
        await world.Invitation(id).DeclineAsync(bob.Id);
        await world.Invitation(id).ResendAsync(owner.Id);
        await world.Invitation(id).AcceptAsync(bob.Id);
        var revoked = (await world.InviteAsync(owner.Id, root.Id, world.Email("carol"))).Invitation.Id;
        await world.Invitation(revoked).RevokeAsync(owner.Id);
        await world.InviteAsync(owner.Id, other.Id, world.Email("dave"));
        await world.Silo.ChangeFeed.WaitForAsync(await world.QueryAsync<long>("SELECT MAX(position) FROM change_log"), CancellationToken.None);

        InvitationEventKind[] bobKinds = [InvitationEventKind.Created, InvitationEventKind.Declined, InvitationEventKind.Resent, InvitationEventKind.Accepted];
        Assert.Equal(bobKinds, forBob.Select(e => e.Kind));
        Assert.Equal([.. bobKinds, InvitationEventKind.Created, InvitationEventKind.Revoked], forRoot.Select(e => e.Kind));
        Assert.All(forBob, e => Assert.Equal(id, e.Invitation.Id));
        Assert.Equal(InvitationStatus.Accepted, forBob[^1].Invitation.Status);
        Assert.True(forRoot.Zip(forRoot.Skip(1)).All(pair => pair.First.Position < pair.Second.Position));
    }

    [StorageFact]
    public async Task StreamEndsWhenCancelledAndYieldsEventsOfOtherNodes()
    {
        await using var world = await InvitationWorld.StartAsync(Database.Storage);
        var owner = await world.SignUpAsync("owner");
        var root = await world.CreateRootAsync(owner.Id);
        using var cancellation = new CancellationTokenSource();
        await using var stream = world.Service<InvitationEvents>().ForInviteeAsync(world.Email("bob"), cancellation.Token).GetAsyncEnumerator();
        var next = stream.MoveNextAsync();

        var id = (await world.InviteAsync(owner.Id, root.Id, world.Email("bob"))).Invitation.Id;

        Assert.True(await next);
        Assert.Equal((InvitationEventKind.Created, id), (stream.Current.Kind, stream.Current.Invitation.Id));
        var after = stream.MoveNextAsync();
        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await after);
    }

    [StorageFact]
    public async Task OrganizationStreamNeedsMembersViewAndUserStreamFollowsTheirEmail()
    {
        await using var world = await InvitationWorld.StartAsync(Database.Storage);
        var owner = await world.SignUpAsync("owner");
        var root = await world.CreateRootAsync(owner.Id);
        var none = await world.MemberAsync("none", root.Id, Interfaces.Permissions.BuiltInRoles.None, owner.Id);
        var stranger = await world.SignUpAsync("stranger");
        var events = world.Service<InvitationEvents>();

        await ErrorAssert.CodeAsync(ErrorCodes.Forbidden, () => events.OpenForOrganizationAsync(none.Id, root.Id));
        await ErrorAssert.CodeAsync(ErrorCodes.NotFound, () => events.OpenForOrganizationAsync(stranger.Id, root.Id));
        using var cancellation = new CancellationTokenSource();
        await using var stream = (await events.OpenForUserAsync(stranger.Id, cancellation.Token)).GetAsyncEnumerator(cancellation.Token);
        var next = stream.MoveNextAsync();
        await world.InviteAsync(owner.Id, root.Id, world.Email("someone-else"));
        var id = (await world.InviteAsync(owner.Id, root.Id, stranger.Email)).Invitation.Id;

        Assert.True(await next);
        Assert.Equal(id, stream.Current.Invitation.Id);
        await cancellation.CancelAsync();
    }

    [StorageFact]
    public async Task TokenIsStoredOnlyAsAHashAndVerifies()
    {
        await using var world = await InvitationWorld.StartAsync(Database.Storage);
        var owner = await world.SignUpAsync("owner");
        var root = await world.CreateRootAsync(owner.Id);
        var issued = await world.InviteAsync(owner.Id, root.Id, world.Email("bob"));
        var id = issued.Invitation.Id;

        Assert.True(InvitationToken.TryGetInvitationId(issued.Token, out var fromToken));
        Assert.Equal(id, fromToken);
        Assert.True(await world.Invitation(id).VerifyTokenAsync(issued.Token));
        Assert.False(await world.Invitation(id).VerifyTokenAsync(issued.Token + "x"));
        var stored = await world.QueryAsync<string>("SELECT token_hash FROM invitations WHERE id = @id", new { id });
        Assert.NotEqual(issued.Token, stored);
        Assert.DoesNotContain(issued.Token[^20..], stored, StringComparison.Ordinal);
        Assert.Equal(0, await world.CountAsync("SELECT COUNT(*) FROM change_log WHERE payload LIKE @token", new { token = "%" + issued.Token[^20..] + "%" }));
    }
}
