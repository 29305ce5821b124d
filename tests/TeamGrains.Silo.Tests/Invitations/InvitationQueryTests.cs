using TeamGrains.Interfaces;
using TeamGrains.Interfaces.Invitations;
using TeamGrains.Interfaces.Paging;
using TeamGrains.Interfaces.Permissions;
using TeamGrains.Silo.Grains.Invitations;
using TeamGrains.Silo.Tests.Infrastructure;

namespace TeamGrains.Silo.Tests.Invitations;

/// <summary>Who may see invitations, and the organization's paged list with its status filter.</summary>
public abstract class InvitationQueryTests
{
    protected InvitationQueryTests(IStorageFixture database) => Database = database;

    protected IStorageFixture Database { get; }

    [StorageFact]
    public async Task OrganizationListFiltersByStatusWithLazyExpiryAndPages()
    {
        await using var world = await InvitationWorld.StartAsync(Database.Storage);
        var owner = await world.SignUpAsync("owner");
        var root = await world.CreateRootAsync(owner.Id);
        var old = (await world.InviteAsync(owner.Id, root.Id, world.Email("old"))).Invitation.Id;
        world.Time.Advance(TimeSpan.FromDays(4));
        var revoked = (await world.InviteAsync(owner.Id, root.Id, world.Email("revoked"))).Invitation.Id;
        await world.Invitation(revoked).RevokeAsync(owner.Id);
        world.Time.Advance(TimeSpan.FromDays(1));
        var fresh = (await world.InviteAsync(owner.Id, root.Id, world.Email("fresh"))).Invitation.Id;
        world.Time.Advance(TimeSpan.FromDays(3)); // "old" is now past its 7 days, unswept
        var queries = world.Service<InvitationQueries>();

        var all = await queries.GetForOrganizationAsync(owner.Id, root.Id, null, new PageRequest(2));
        var rest = await queries.GetForOrganizationAsync(owner.Id, root.Id, null, new PageRequest(2, all.EndCursor));
        var pending = await queries.GetForOrganizationAsync(owner.Id, root.Id, InvitationStatus.Pending, PageRequest.Default);
        var expired = await queries.GetForOrganizationAsync(owner.Id, root.Id, InvitationStatus.Expired, PageRequest.Default);

        Assert.Equal(3, all.TotalCount);
        Assert.True(all.HasNextPage);
        Assert.Equal([fresh, revoked, old], all.Edges.Concat(rest.Edges).Select(e => e.Node.Id));
        Assert.Equal([fresh], pending.Edges.Select(e => e.Node.Id));
        Assert.Equal([(old, InvitationStatus.Expired)], expired.Edges.Select(e => (e.Node.Id, e.Node.Status)));
    }

    [StorageFact]
    public async Task OnlyMembersViewHoldersAndTheInviteeSeeAnInvitation()
    {
        await using var world = await InvitationWorld.StartAsync(Database.Storage);
        var owner = await world.SignUpAsync("owner");
        var root = await world.CreateRootAsync(owner.Id);
        var viewer = await world.MemberAsync("viewer", root.Id, BuiltInRoles.Viewer, owner.Id);
        var none = await world.MemberAsync("none", root.Id, BuiltInRoles.None, owner.Id);
        var bob = await world.SignUpAsync("bob");
        var id = (await world.InviteAsync(owner.Id, root.Id, bob.Email)).Invitation.Id;
        var queries = world.Service<InvitationQueries>();

        Assert.Equal(id, (await world.Invitation(id).GetAsync(viewer.Id)).Id);
        Assert.Equal(id, (await world.Invitation(id).GetAsync(bob.Id)).Id);
        await ErrorAssert.CodeAsync(ErrorCodes.NotFound, () => world.Invitation(id).GetAsync(none.Id));
        await ErrorAssert.CodeAsync(ErrorCodes.Forbidden, () => queries.GetForOrganizationAsync(none.Id, root.Id, null, PageRequest.Default));
        await ErrorAssert.CodeAsync(ErrorCodes.NotFound, () => queries.GetForOrganizationAsync(bob.Id, root.Id, null, PageRequest.Default));
        Assert.Equal([id], (await queries.GetPendingForEmailAsync(" " + bob.Email.ToUpperInvariant())).Select(i => i.Id));
    }
}
