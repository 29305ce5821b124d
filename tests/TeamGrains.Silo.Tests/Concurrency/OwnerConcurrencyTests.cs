using Dapper;
using TeamGrains.Interfaces;
using TeamGrains.Interfaces.Organizations;
using TeamGrains.Interfaces.Permissions;
using TeamGrains.Interfaces.Users;
using TeamGrains.Silo.Tests.Grains;
using TeamGrains.Silo.Tests.Infrastructure;

namespace TeamGrains.Silo.Tests.Concurrency;

/// <summary>
/// Every owner of one root tries at once to demote, remove or deactivate the next owner, and to leave,
/// through one node or two nodes over one database. Whatever wins, a root keeps an active OWNER, and
/// every loser gets a contract error.
/// </summary>
public abstract class OwnerConcurrencyTests(IStorageFixture database) : DomainTestBase(database)
{
    private const int Owners = 8;

    private static readonly string[] s_allowedFailures =
        [ErrorCodes.LastOwner, ErrorCodes.Conflict, ErrorCodes.NotFound, ErrorCodes.Forbidden];

    [StorageFact]
    public async Task ConcurrentDemotionsAndRemovalsOnOneNodeLeaveAnOwner()
    {
        for (var round = 0; round < 3; round++)
        {
            await RaceAsync(Silo, Silo);
        }
    }

    [StorageFact]
    public async Task ConcurrentDemotionsAndRemovalsOnTwoNodesLeaveAnOwner()
    {
        await using var second = await StartSiloAsync();
        for (var round = 0; round < 3; round++)
        {
            await RaceAsync(Silo, second);
        }
    }

    [StorageFact]
    public async Task DeactivatingOneOfTwoOwnersWhileTheOtherLeavesKeepsOne()
    {
        // Two different grains write (the user grain and the organization grain), so only the tree lock
        // orders them: without it both could count two owners and both commit.
        await using var second = await StartSiloAsync();
        for (var round = 0; round < 10; round++)
        {
            var first = await SignUpAsync("first");
            var acme = await CreateRootAsync(first);
            var other = await NewMemberAsync(acme, first, BuiltInRoles.Owner, "other");

            var outcomes = await Task.WhenAll(
                AttemptAsync(Silo, acme, other, first, 2),
                AttemptAsync(second, acme, other, other, 3));

            Assert.Contains(outcomes, outcome => outcome is null);
            Assert.Equal(1, await ActiveOwnersAsync(acme));
        }
    }

    private async Task RaceAsync(TestSilo first, TestSilo second)
    {
        var founder = await SignUpAsync("founder");
        var acme = await CreateRootAsync(founder);
        var owners = new List<UserDto> { founder };
        for (var i = 1; i < Owners; i++)
        {
            owners.Add(await NewMemberAsync(acme, founder, BuiltInRoles.Owner, $"owner{i}"));
        }

        // Every owner is the target of one demotion, removal or deactivation, and also tries to leave:
        // without the last-OWNER rule, no owner would survive.
        var attempts = owners.SelectMany((actor, i) => new[]
        {
            AttemptAsync(i % 2 == 0 ? first : second, acme, actor, owners[(i + 1) % Owners], i % 3),
            AttemptAsync(i % 2 == 0 ? second : first, acme, actor, actor, 3),
        });
        var failures = (await Task.WhenAll(attempts)).OfType<string>().ToList();

        Assert.All(failures, code => Assert.Contains(code, s_allowedFailures));
        Assert.True(await ActiveOwnersAsync(acme) >= 1);
        Assert.True(failures.Count < 2 * Owners, "at least one change wins");
    }

    /// <summary>One change; returns null when it committed, else the contract code it failed with.</summary>
    private static async Task<string?> AttemptAsync(TestSilo node, OrganizationDto acme, UserDto actor, UserDto target, int kind)
    {
        try
        {
            var organization = node.GetGrain<IOrganizationGrain>(acme.Id);
            await (kind switch
            {
                0 => organization.ChangeMemberRoleAsync(actor.Id, target.Id, BuiltInRoles.Admin),
                1 => organization.RemoveMemberAsync(actor.Id, target.Id),
                2 => node.GetGrain<IUserGrain>(target.Id).DeactivateAsync(actor.Id, acme.Id),
                _ => organization.LeaveAsync(actor.Id),
            });
            return null;
        }
        catch (TeamGrainsException failure)
        {
            return failure.Code;
        }
    }

    private Task<long> ActiveOwnersAsync(OrganizationDto acme)
        => Silo.Storage.ReadAsync((tx, ct) => tx.Connection.ExecuteScalarAsync<long>(
            """
            SELECT COUNT(*) FROM memberships m JOIN users u ON u.id = m.user_id
             WHERE m.organization_id = @id AND m.role = 'OWNER' AND u.status = 'ACTIVE'
            """,
            new { id = acme.Id },
            tx.Transaction));
}
