using Npgsql;
using TeamGrains.Interfaces;
using TeamGrains.Interfaces.Organizations;
using TeamGrains.Interfaces.Permissions;
using TeamGrains.Interfaces.Runtime;
using TeamGrains.Interfaces.Users;
using TeamGrains.Silo.Extensions;
using TeamGrains.Silo.Grains.Shared;
using TeamGrains.Silo.Tests.Infrastructure;

namespace TeamGrains.Silo.Tests.Runtime;

/// <summary>
/// What a write costs on PostgreSQL in round trips, counted by a proxy in front of the server on a node
/// that is built but not started (no follower, listener or pruner on the wire). A role change queues its
/// update, so everything after its BEGIN (the update, the audit entry, the version rows, the change-log
/// rows, the COMMIT) is one batch: one round trip, where it used to be eight; and the member's warm user
/// grain absorbs the change instead of reloading.
/// </summary>
public sealed class WriteRoundTripTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    [PostgresFact]
    public async Task ARoleChangeOfWarmGrainsIsOneRoundTripAndKeepsTheMemberWarm()
    {
        await using var node = await CountedNodeAsync();
        var grains = node.Grains;
        var (owner, root, member) = await WarmMemberAsync(grains, BuiltInRoles.Developer);
        var organization = grains.GetGrain<IOrganizationGrain>(root.Id);

        node.Proxy.Reset();
        Assert.Equal(BuiltInRoles.Viewer, (await organization.ChangeMemberRoleAsync(owner.Id, member.Id, BuiltInRoles.Viewer)).Role);
        Assert.Equal(1, node.Proxy.RoundTrips);

        // The member's warm user grain took the change in memory: the next change is one round trip too,
        // and the member's permissions already follow the new role.
        Assert.False(await MayManageMembersAsync(grains, member.Id, root.Id));
        node.Proxy.Reset();
        await organization.ChangeMemberRoleAsync(owner.Id, member.Id, BuiltInRoles.Admin);
        Assert.Equal(1, node.Proxy.RoundTrips);
        Assert.True(await MayManageMembersAsync(grains, member.Id, root.Id));
        Assert.Equal(BuiltInRoles.Admin, await RoleInDatabaseAsync(root.Id, member.Id));
    }

    [PostgresFact]
    public async Task AMemberWhoseVersionMovedElsewhereIsNotPatchedButReloaded()
    {
        await using var node = await CountedNodeAsync();
        var grains = node.Grains;
        var (owner, root, member) = await WarmMemberAsync(grains, BuiltInRoles.Viewer);
        var organization = grains.GetGrain<IOrganizationGrain>(root.Id);

        // Another node changed the member (its version row moved; this node, not following, never heard).
        await ExecuteAsync("UPDATE grain_versions SET version = version + 1 WHERE grain_type = 'UserGrain' AND grain_key = @key", member.Id);
        await organization.ChangeMemberRoleAsync(owner.Id, member.Id, BuiltInRoles.Admin);

        // Not absorbed: the member went stale, so the next look reloads it (one round trip) and sees the role.
        node.Proxy.Reset();
        Assert.True(await MayManageMembersAsync(grains, member.Id, root.Id));
        Assert.Equal(1, node.Proxy.RoundTrips);
    }

    private static async Task<bool> MayManageMembersAsync(IGrainFactory grains, string userId, string organizationId)
        => (await grains.GetGrain<IUserGrain>(userId).GetAccessAsync(organizationId)).Permissions.Contains(PermissionCatalogue.GetBit(PermissionNames.MembersManage));

    private async Task ExecuteAsync(string sql, string key)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("key", key);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<string?> RoleInDatabaseAsync(string organizationId, string userId)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT role FROM memberships WHERE organization_id = @o AND user_id = @u", connection);
        command.Parameters.AddWithValue("o", organizationId);
        command.Parameters.AddWithValue("u", userId);
        return (string?)await command.ExecuteScalarAsync();
    }

    private static string NewEmail(string name) => EmailAddress.Normalize($"{name}-{Guid.NewGuid():N}@example.com");

    /// <summary>A counted node over the class's database, whose schema a normal node's start created first.</summary>
    private async Task<CountedPostgresNode> CountedNodeAsync()
    {
        await using (var migrating = await TestSilo.StartAsync(database.Storage, services => services.AddTeamGrainsDomain()))
        {
        }

        return CountedPostgresNode.Create(database.ConnectionString);
    }

    /// <summary>An owner, their organization, and a member with <paramref name="role"/> whose user grain is warm.</summary>
    private static async Task<(UserDto Owner, OrganizationDto Root, UserDto Member)> WarmMemberAsync(IGrainFactory grains, string role)
    {
        var owner = await grains.GetGrain<IUserDirectoryGrain>(NewEmail("owner")).SignUpAsync("Owner");
        var root = await grains.GetGrain<IOrganizationGrain>(Ids.New()).CreateAsync(owner.Id, "Acme", null);
        var member = await grains.GetGrain<IUserDirectoryGrain>(NewEmail("member")).SignUpAsync("Member");
        await grains.GetGrain<IOrganizationGrain>(root.Id).AddMemberAsync(owner.Id, member.Id, role);
        await grains.GetGrain<IUserGrain>(member.Id).FindAsync(); // the add made the member's activation stale
        return (owner, root, member);
    }
}
