using Npgsql;
using TeamGrains.Interfaces;
using TeamGrains.Interfaces.Invitations;
using TeamGrains.Silo.Grains.Invitations;
using TeamGrains.Silo.Storage;
using TeamGrains.Silo.Tests.Infrastructure;

namespace TeamGrains.Silo.Tests.Invitations;

/// <summary>
/// Invariants under concurrency, with two runtime instances (nodes) over one PostgreSQL database:
/// the seat limit with pending invitations, accept-at-most-once, and events crossing nodes.
/// </summary>
public sealed class InvitationConcurrencyTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    // The server's connections are shared with other suites: a small pool makes the 100 calls queue for
    // connections while they still race for the tree lock.
    private StorageOptions Storage => new()
    {
        PostgresConnectionString = new NpgsqlConnectionStringBuilder(database.ConnectionString) { MaxPoolSize = 16 }.ConnectionString,
    };

    [PostgresFact]
    public async Task HundredConcurrentInvitationsNeverExceedTheSeatLimit()
    {
        await using var world = await InvitationWorld.StartAsync(Storage);
        var second = await world.AddNodeAsync();
        var owner = await world.SignUpAsync("owner");
        var root = await world.CreateRootAsync(owner.Id, seatLimit: 10);
        var child = await world.CreateChildAsync(owner.Id, root.Id);

        var attempts = Enumerable.Range(0, 100).Select(async i =>
        {
            var node = i % 2 == 0 ? world.Silo : second;
            var organizationId = i % 3 == 0 ? child.Id : root.Id;

            // CONFLICT and UNAVAILABLE mean "retry" (PERMISSIONS.md); a loaded machine may hand out a few.
            // A client retries them, so does this one: the seat limit is what is under test.
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await node.GetGrain<IInvitationGrain>(Ids.New()).CreateAsync(owner.Id, new InviteMemberRequest(organizationId, world.Email("user" + i)));
                    return "OK";
                }
                catch (TeamGrainsException exception) when (exception.Code is ErrorCodes.Conflict or ErrorCodes.Unavailable && attempt < 5)
                {
                }
                catch (TeamGrainsException exception) when (exception.Code == ErrorCodes.AlreadyInvited && attempt > 1)
                {
                    return "OK"; // the earlier attempt was saved after all (UNAVAILABLE says it may be)
                }
                catch (TeamGrainsException exception)
                {
                    return exception.Code;
                }
            }
        });
        var outcomes = await Task.WhenAll(attempts);

        var pending = await world.CountAsync("SELECT COUNT(*) FROM invitations WHERE root_id = @id AND status = 'PENDING'", new { id = root.Id });
        Assert.Equal(9, pending);
        Assert.Equal(9, outcomes.Count(o => o == "OK"));
        Assert.All(outcomes.Where(o => o != "OK"), code => Assert.Equal(ErrorCodes.SeatLimitReached, code));
        Assert.Equal(10, (await world.Organization(root.Id).FindAsync())!.Settings.SeatsUsed);
    }

    [PostgresFact]
    public async Task SameInvitationAcceptedOnTwoNodesYieldsExactlyOneMembership()
    {
        await using var world = await InvitationWorld.StartAsync(Storage);
        var second = await world.AddNodeAsync();
        var owner = await world.SignUpAsync("owner");
        var root = await world.CreateRootAsync(owner.Id);

        for (var round = 0; round < 5; round++)
        {
            var bob = await world.SignUpAsync("bob" + round);
            var id = (await world.InviteAsync(owner.Id, root.Id, bob.Email)).Invitation.Id;
            await second.GetGrain<IInvitationGrain>(id).FindAsync(); // both nodes hold an activation at PENDING

            var outcomes = await Task.WhenAll(
                AcceptAsync(world.Silo.GetGrain<IInvitationGrain>(id), bob.Id),
                AcceptAsync(second.GetGrain<IInvitationGrain>(id), bob.Id));

            Assert.Single(outcomes, o => o == "OK");
            Assert.Single(outcomes, o => o is ErrorCodes.InvitationNotPending or ErrorCodes.AlreadyMember);
            Assert.Equal(1, await world.CountAsync("SELECT COUNT(*) FROM memberships WHERE organization_id = @org AND user_id = @user", new { org = root.Id, user = bob.Id }));
            Assert.Equal(1, await world.CountAsync("SELECT COUNT(*) FROM change_log WHERE grain_key = @id AND kind = 'invitation.ACCEPTED'", new { id }));
        }
    }

    [PostgresFact]
    public async Task EventOfOneNodeReachesASubscriberOnAnother()
    {
        await using var world = await InvitationWorld.StartAsync(Storage);
        var second = await world.AddNodeAsync();
        var owner = await world.SignUpAsync("owner");
        var root = await world.CreateRootAsync(owner.Id);
        using var safety = new CancellationTokenSource(TimeSpan.FromMinutes(1)); // only against a hang; the event comes at once
        await using var stream = second.Services.GetService(typeof(InvitationEvents)) is InvitationEvents events
            ? events.ForOrganizationAsync(root.Id, safety.Token).GetAsyncEnumerator(safety.Token)
            : throw new InvalidOperationException("InvitationEvents is not registered.");
        var next = stream.MoveNextAsync();

        var id = (await world.InviteAsync(owner.Id, root.Id, world.Email("bob"))).Invitation.Id;

        Assert.True(await next);
        Assert.Equal((InvitationEventKind.Created, id, world.Email("bob")), (stream.Current.Kind, stream.Current.Invitation.Id, stream.Current.Invitation.Email));
    }

    private static async Task<string> AcceptAsync(IInvitationGrain invitation, string userId)
    {
        try
        {
            await invitation.AcceptAsync(userId);
            return "OK";
        }
        catch (TeamGrainsException exception)
        {
            return exception.Code;
        }
    }
}
