using Dapper;
using Npgsql;
using TeamGrains.Interfaces;
using TeamGrains.Interfaces.Permissions;
using TeamGrains.Silo.Tests.Grains;
using TeamGrains.Silo.Tests.Infrastructure;

namespace TeamGrains.Silo.Tests.Concurrency;

/// <summary>
/// Deleting a custom role refuses while the role is in use; an assignment of the role that runs at the
/// same time must not slip past that check (CustomRoleLocks). Each test holds one side open in a
/// transaction of its own, starts the grain call for the other side, waits until PostgreSQL shows that
/// call waiting for a lock, and then commits: the outcome is decided, not timed.
/// </summary>
[PostgresTestClass]
public sealed class CustomRoleDeletionRaceTests(PostgresDatabaseFixture database) : DomainTestBase(database), IClassFixture<PostgresDatabaseFixture>
{
    private const string Role = "Auditor";

    private PostgresDatabaseFixture Postgres => (PostgresDatabaseFixture)Database;

    [PostgresFact]
    public async Task ARoleChangeThatWaitedForTheRolesDeletionFailsAndKeepsTheOldRole()
    {
        var (founder, sub, member) = await TreeWithCustomRoleAsync();
        await using var deletion = await OpenAsync();
        await using var transaction = await deletion.BeginTransactionAsync();
        await deletion.ExecuteAsync(
            "DELETE FROM custom_roles WHERE root_id = (SELECT root_id FROM organizations WHERE id = @id) AND name_key = @key",
            new { id = sub.Id, key = Role.ToLowerInvariant() }, transaction);

        var change = Org(sub.Id).ChangeMemberRoleAsync(founder.Id, member.Id, Role);
        await WaitUntilItWaitsForALockAsync(change);
        await transaction.CommitAsync();

        var failure = await Assert.ThrowsAsync<TeamGrainsException>(() => change);
        Assert.Equal(ErrorCodes.BadUserInput, failure.Code);
        Assert.Equal(BuiltInRoles.Developer, await RoleInDatabaseAsync(sub.Id, member.Id));
    }

    [PostgresFact]
    public async Task ADeletionThatWaitedForAnAssignmentSeesTheRoleInUse()
    {
        var (founder, sub, member) = await TreeWithCustomRoleAsync();
        await using var assignment = await OpenAsync();
        await using var transaction = await assignment.BeginTransactionAsync();
        await assignment.ExecuteAsync(
            """
            SELECT 1 FROM custom_roles cr JOIN organizations o ON o.root_id = cr.root_id
             WHERE o.id = @id AND cr.name_key = @key FOR KEY SHARE OF cr
            """,
            new { id = sub.Id, key = Role.ToLowerInvariant() }, transaction);
        await assignment.ExecuteAsync(
            "UPDATE memberships SET role = @role WHERE organization_id = @id AND user_id = @user",
            new { role = Role, id = sub.Id, user = member.Id }, transaction);

        var deletion = Org(sub.RootId).DeleteRoleAsync(founder.Id, Role);
        await WaitUntilItWaitsForALockAsync(deletion);
        await transaction.CommitAsync();

        var failure = await Assert.ThrowsAsync<TeamGrainsException>(() => deletion);
        Assert.Equal(ErrorCodes.BadUserInput, failure.Code);
        Assert.Equal(1, await ScalarAsync<long>(
            "SELECT COUNT(*) FROM custom_roles WHERE name_key = @key AND root_id = @root", new { key = Role.ToLowerInvariant(), root = sub.RootId }));
    }

    private async Task<(Interfaces.Users.UserDto Founder, Interfaces.Organizations.OrganizationDto Sub, Interfaces.Users.UserDto Member)> TreeWithCustomRoleAsync()
    {
        var founder = await SignUpAsync("founder");
        var root = await CreateRootAsync(founder);
        await Org(root.Id).DefineRoleAsync(founder.Id, Role, [PermissionNames.MembersView]);
        var sub = await CreateSubAsync(founder, root);
        var member = await NewMemberAsync(sub, founder, BuiltInRoles.Developer);
        return (founder, sub, member);
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(Postgres.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>
    /// Until a backend of this database waits for a lock (the grain call's transaction, blocked by the
    /// test's), or the call ended without waiting (the code under test took no conflicting lock).
    /// </summary>
    private async Task WaitUntilItWaitsForALockAsync(Task call)
    {
        while (!call.IsCompleted && await ScalarAsync<long>(
            "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'", null) == 0)
        {
            await Task.Delay(10);
        }
    }

    private async Task<T> ScalarAsync<T>(string sql, object? parameters)
    {
        await using var connection = await OpenAsync();
        return (await connection.ExecuteScalarAsync<T>(sql, parameters))!;
    }

    private Task<string?> RoleInDatabaseAsync(string organizationId, string userId)
        => ScalarAsync<string?>(
            "SELECT role FROM memberships WHERE organization_id = @organizationId AND user_id = @userId", new { organizationId, userId });
}
