using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TeamGrains.Interfaces;
using TeamGrains.Interfaces.Invitations;
using TeamGrains.Interfaces.Organizations;
using TeamGrains.Interfaces.Permissions;
using TeamGrains.Interfaces.Teams;
using TeamGrains.Interfaces.Users;
using TeamGrains.Silo.Extensions;
using TeamGrains.Silo.Storage;
using TeamGrains.Silo.Tests.Grains;
using TeamGrains.Silo.Tests.Infrastructure;

namespace TeamGrains.Silo.Tests.Concurrency;

/// <summary>
/// Pairs of grain transactions that touch the same rows, run at once on two nodes many times: none
/// may deadlock (PostgreSQL would break the cycle after deadlock_timeout and the client would wait),
/// and every invariant holds whichever wins. The lock order is in src/TeamGrains.Silo/Grains/README.md.
/// </summary>
[PostgresTestClass]
public sealed class LockOrderTests(PostgresDatabaseFixture database) : DomainTestBase(database), IClassFixture<PostgresDatabaseFixture>
{
    private const int Rounds = 12;

    private static readonly string[] s_allowedFailures =
        [ErrorCodes.LastOwner, ErrorCodes.Conflict, ErrorCodes.NotFound, ErrorCodes.Forbidden, ErrorCodes.InvitationNotPending];

    // The racing nodes' connections carry this name, so the test can wait until all of them are closed
    // (a backend flushes its statistics, the deadlock count among them, when it exits).
    private readonly string _applicationName = "tg-lock-order-" + Guid.NewGuid().ToString("N")[..8];

    private PostgresDatabaseFixture Postgres => (PostgresDatabaseFixture)Database;

    [PostgresFact]
    public async Task MembershipChangesWhileTheMemberIsDeactivatedNeverDeadlock()
    {
        await RaceWithoutDeadlocksAsync(async (first, second, founder, acme) =>
        {
            var member = await NewMemberAsync(acme, founder, BuiltInRoles.Owner, "member");

            // The organization grain writes memberships under the tree lock and names the user grain;
            // the user grain takes the same tree lock (the member owns the root) and writes its status.
            var outcomes = await Task.WhenAll(
                AttemptAsync(() => first.GetGrain<IUserGrain>(member.Id).DeactivateAsync(founder.Id, acme.Id)),
                AttemptAsync(() => second.GetGrain<IOrganizationGrain>(acme.Id).ChangeMemberRoleAsync(founder.Id, member.Id, BuiltInRoles.Admin)),
                AttemptAsync(() => second.GetGrain<IUserGrain>(founder.Id).DeactivateAsync(member.Id, acme.Id)),
                AttemptAsync(() => first.GetGrain<IOrganizationGrain>(acme.Id).RemoveMemberAsync(member.Id, founder.Id)));

            Assert.Contains(outcomes, outcome => outcome is null);
            Assert.True(await CountAsync(
                "SELECT COUNT(*) FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.organization_id = @id AND m.role = 'OWNER' AND u.status = 'ACTIVE'",
                new { id = acme.Id }) >= 1);
        });
    }

    [PostgresFact]
    public async Task TeamDeletionWhileItsMembersAreRemovedNeverDeadlocks()
    {
        await RaceWithoutDeadlocksAsync(async (first, second, founder, acme) =>
        {
            var team = await Team(Ids.New()).CreateAsync(founder.Id, acme.Id, "Team", BuiltInRoles.Viewer);
            var members = new List<UserDto>();
            for (var i = 0; i < 3; i++)
            {
                var member = await NewMemberAsync(acme, founder, BuiltInRoles.Developer, "member" + i);
                await Team(team.Id).AddMemberAsync(founder.Id, member.Id);
                members.Add(member);
            }

            var outcomes = await Task.WhenAll(
                AttemptAsync(() => first.GetGrain<ITeamGrain>(team.Id).DeleteAsync(founder.Id, removeOrphanedMembers: true)),
                AttemptAsync(() => second.GetGrain<IOrganizationGrain>(acme.Id).RemoveMemberAsync(founder.Id, members[0].Id)),
                AttemptAsync(() => second.GetGrain<ITeamGrain>(team.Id).RemoveMemberAsync(founder.Id, members[1].Id)),
                AttemptAsync(() => first.GetGrain<IUserGrain>(members[2].Id).DeactivateAsync(founder.Id, acme.Id)));

            Assert.Null(outcomes[0]);
            Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM teams WHERE id = @id", new { id = team.Id }));
            Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM team_members WHERE team_id = @id", new { id = team.Id }));
        });
    }

    [PostgresFact]
    public async Task InvitationAcceptedWhileTheOrganizationIsDeletedNeverDeadlocks()
    {
        await RaceWithoutDeadlocksAsync(async (first, second, founder, acme) =>
        {
            var sub = await CreateSubAsync(founder, acme);
            var invitee = await SignUpAsync("invitee");
            var invitation = await first.GetGrain<IInvitationGrain>(Ids.New())
                .CreateAsync(founder.Id, new InviteMemberRequest(sub.Id, invitee.Email, BuiltInRoles.Developer));

            var outcomes = await Task.WhenAll(
                AttemptAsync(() => first.GetGrain<IInvitationGrain>(invitation.Invitation.Id).AcceptAsync(invitee.Id)),
                AttemptAsync(() => second.GetGrain<IOrganizationGrain>(sub.Id).DeleteAsync(founder.Id)));

            Assert.Contains(outcomes, outcome => outcome is null);
            Assert.Null(outcomes[1]);
            Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM memberships WHERE organization_id = @id", new { id = sub.Id }));
            Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM organizations WHERE id = @id", new { id = sub.Id }));
        });
    }

    /// <summary>
    /// Runs <paramref name="round"/> <see cref="Rounds"/> times on two fresh nodes, each time with a new
    /// founder and root, closes the nodes, and asserts that the database counted no deadlock meanwhile.
    /// </summary>
    private async Task RaceWithoutDeadlocksAsync(Func<TestSilo, TestSilo, UserDto, OrganizationDto, Task> round)
    {
        var before = await DeadlocksAsync();
        var storage = new StorageOptions
        {
            PostgresConnectionString = new NpgsqlConnectionStringBuilder(Postgres.ConnectionString) { ApplicationName = _applicationName }.ConnectionString,
        };
        await using (var first = await TestSilo.StartAsync(storage, AddGrains))
        await using (var second = await TestSilo.StartAsync(storage, AddGrains))
        {
            for (var i = 0; i < Rounds; i++)
            {
                var founder = await SignUpAsync("founder");
                await round(first, second, founder, await CreateRootAsync(founder));
            }
        }

        // Disposing the nodes disposed their data sources, which closed every connection they opened.
        Assert.Equal(before, await DeadlocksAsync());
    }

    private static void AddGrains(IServiceCollection services)
        => services.AddTeamGrainsDomain().AddTeamGrainsInvitations(invitations => invitations.SweepInterval = TimeSpan.FromHours(1));

    /// <summary>One change; null when it committed, else its contract code (which must be an expected one).</summary>
    private static async Task<string?> AttemptAsync(Func<Task> change)
    {
        try
        {
            await change();
            return null;
        }
        catch (TeamGrainsException failure)
        {
            Assert.Contains(failure.Code, s_allowedFailures);
            return failure.Code;
        }
    }

    /// <summary>The database's deadlock count, once every racing connection has closed and so flushed its statistics.</summary>
    private async Task<long> DeadlocksAsync()
    {
        await using var connection = new NpgsqlConnection(Postgres.ConnectionString);
        await connection.OpenAsync();
        while (await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM pg_stat_activity WHERE application_name = @name", new { name = _applicationName }) > 0)
        {
            await Task.Delay(20);
        }

        await connection.ExecuteAsync("SELECT pg_stat_clear_snapshot()");
        return await connection.ExecuteScalarAsync<long>("SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()");
    }

    private Task<long> CountAsync(string sql, object parameters)
        => Silo.Storage.ReadAsync((tx, ct) => tx.Connection.ExecuteScalarAsync<long>(new CommandDefinition(sql, parameters, tx.Transaction, cancellationToken: ct)));
}
