using Npgsql;
using TeamGrains.Interfaces;
using TeamGrains.Interfaces.Organizations;
using TeamGrains.Interfaces.Permissions;
using TeamGrains.Interfaces.Users;
using TeamGrains.Silo.Extensions;
using TeamGrains.Silo.Grains.Shared;
using TeamGrains.Silo.Tests.Infrastructure;

namespace TeamGrains.Silo.Tests.Runtime;

/// <summary>
/// What one activation costs on PostgreSQL: the version, the load position and the state come in one
/// command that carries its own BEGIN and COMMIT (<see cref="GrainStateReader"/>), so one round trip.
/// Counted by a proxy in front of the server, on a node that is built but not started: no follower,
/// listener or pruner shares the wire; the state is seeded through a normal node on a direct connection.
/// </summary>
public sealed class LoadRoundTripTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    [PostgresFact]
    public async Task AUserActivationIsOneRoundTripAndLoadsTheMemberships()
    {
        var (owner, root, sub) = await SeedTreeAsync();
        var member = await SignUpAndJoinAsync(sub, owner, "DEVELOPER");

        await using var node = await CountedNodeAsync();
        var activation = await node.ActivateCountedAsync(DomainGrainIds.User(member.Id));

        Assert.Equal(1, node.Proxy.RoundTrips);
        var memberships = await ((IUserGrain)activation.Grain).GetMembershipsAsync(member.Id, new(10));
        Assert.Contains(memberships.Edges, e => e.Node.OrganizationId == sub.Id && e.Node.Role == "DEVELOPER");
        Assert.Contains(memberships.Edges, e => e.Node.OrganizationId == member.PersonalOrganizationId);
    }

    [PostgresFact]
    public async Task AnOrganizationActivationIsOneRoundTripAndLoadsItsChainAndRoles()
    {
        var (owner, root, sub) = await SeedTreeAsync();
        await using (var silo = await SeedingSiloAsync())
        {
            await silo.GetGrain<IOrganizationGrain>(root.Id).DefineRoleAsync(owner.Id, "Auditor", [PermissionNames.AppsPush]);
        }

        await using var node = await CountedNodeAsync();
        var subActivation = await node.ActivateCountedAsync(DomainGrainIds.Organization(sub.Id));
        Assert.Equal(1, node.Proxy.RoundTrips);
        var rootActivation = await node.ActivateCountedAsync(DomainGrainIds.Organization(root.Id));
        Assert.Equal(1, node.Proxy.RoundTrips);

        var subOrganization = (IOrganizationGrain)subActivation.Grain;
        Assert.Equal<string>([sub.Id, root.Id], [.. (await subOrganization.GetLineageAsync())!.Chain.OrganizationIds]);
        Assert.Contains((await ((IOrganizationGrain)rootActivation.Grain).GetLineageAsync())!.Roles.CustomRoles, r => r.Name == "Auditor");
    }

    /// <summary>
    /// The load's own BEGIN leaves the transaction open when a statement fails (the server skips the rest,
    /// COMMIT included): the pool must roll it back, or the next load on that connection would fail too.
    /// </summary>
    [PostgresFact]
    public async Task AFailedLoadLeavesNoTransactionOnItsPooledConnection()
    {
        var (owner, _, sub) = await SeedTreeAsync();
        var member = await SignUpAndJoinAsync(sub, owner, "DEVELOPER");
        await using var node = await CountedNodeAsync();

        await ExecuteAsync("ALTER TABLE team_members RENAME TO team_members_away");
        try
        {
            var failure = await Assert.ThrowsAsync<TeamGrainsException>(() => node.ActivateCountedAsync(DomainGrainIds.User(member.Id)));
            Assert.Equal(ErrorCodes.Unavailable, failure.Code);
        }
        finally
        {
            await ExecuteAsync("ALTER TABLE team_members_away RENAME TO team_members");
        }

        var activation = await node.ActivateCountedAsync(DomainGrainIds.User(member.Id));
        Assert.Equal(member.Email, (await ((IUserGrain)activation.Grain).FindAsync())!.Email);
        Assert.Equal(1, node.Proxy.RoundTrips);
    }

    private async Task<(UserDto Owner, OrganizationDto Root, OrganizationDto Sub)> SeedTreeAsync()
    {
        await using var silo = await SeedingSiloAsync();
        var owner = await silo.GetGrain<IUserDirectoryGrain>(NewEmail("owner")).SignUpAsync("Owner");
        var root = await silo.GetGrain<IOrganizationGrain>(Ids.New()).CreateAsync(owner.Id, "Acme", null);
        var sub = await silo.GetGrain<IOrganizationGrain>(Ids.New()).CreateAsync(owner.Id, "Sub", root.Id);
        return (owner, root, sub);
    }

    private async Task<UserDto> SignUpAndJoinAsync(OrganizationDto organization, UserDto owner, string role)
    {
        await using var silo = await SeedingSiloAsync();
        var member = await silo.GetGrain<IUserDirectoryGrain>(NewEmail("member")).SignUpAsync("Member");
        await silo.GetGrain<IOrganizationGrain>(organization.Id).AddMemberAsync(owner.Id, member.Id, role);
        return member;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private Task<TestSilo> SeedingSiloAsync() => TestSilo.StartAsync(database.Storage, services => services.AddTeamGrainsDomain());

    private static string NewEmail(string name) => EmailAddress.Normalize($"{name}-{Guid.NewGuid():N}@example.com");

    /// <summary>A counted node with its one pooled connection opened already (startup and authentication are round trips of their own).</summary>
    private async Task<CountedPostgresNode> CountedNodeAsync()
    {
        var node = CountedPostgresNode.Create(database.ConnectionString);
        await node.ActivateCountedAsync(DomainGrainIds.User(Ids.New()));
        return node;
    }
}
