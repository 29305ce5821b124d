using Dapper;
using TeamGrains.Interfaces.Permissions;
using TeamGrains.Silo.Grains.Shared;
using TeamGrains.Silo.Permissions;
using TeamGrains.Interfaces.Users;
using TeamGrains.Silo.Storage;

namespace TeamGrains.Silo.Grains.Users;

/// <summary>Loads a <see cref="UserState"/> from users, memberships, teams and team_members.</summary>
internal sealed class UserStateStore : IGrainStateStore<UserState>
{
    public async Task<UserState> ReadAsync(string key, IStorageTransaction transaction, CancellationToken cancellationToken)
    {
        var connection = transaction.Connection;
        var user = await connection.QuerySingleOrDefaultAsync<UserRow>(new CommandDefinition(
            UserRow.SelectSql + " WHERE u.id = @key", new { key }, transaction.Transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (user is null)
        {
            return new UserState { Id = key };
        }

        var memberships = await connection.QueryAsync<(string, string, string, long, string?)>(new CommandDefinition(
            """
            SELECT m.organization_id, o.root_id, m.role, m.joined_at, m.added_by
              FROM memberships m JOIN organizations o ON o.id = m.organization_id
             WHERE m.user_id = @key
            """,
            new { key },
            transaction.Transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        var teams = await connection.QueryAsync<(string, string, string?)>(new CommandDefinition(
            "SELECT t.id, t.organization_id, t.role FROM team_members tm JOIN teams t ON t.id = tm.team_id WHERE tm.user_id = @key",
            new { key },
            transaction.Transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);

        // 100,000 users stay in memory: one string instance per organization id or role name a user holds,
        // not one per column read (the personal organization's id appears three times in its row set).
        var byOrganization = new CompactStringMap<UserMembership>(
            memberships.Select(m => new UserMembership(m.Item1, m.Item2 == m.Item1 ? m.Item1 : m.Item2, SharedRoleNames.Of(m.Item3), m.Item4, m.Item5)),
            m => m.OrganizationId);

        var personalOrganizationId = user.PersonalOrganizationId ?? "";
        if (byOrganization.TryGetValue(personalOrganizationId, out var personal))
        {
            personalOrganizationId = personal.OrganizationId;
        }

        return new UserState
        {
            Exists = true,
            Id = key, // the same text (WHERE u.id = @key), and the grain key's instance is kept anyway
            Email = user.Email,
            DisplayName = user.DisplayName,
            Status = user.Status == "DEACTIVATED" ? UserStatus.Deactivated : UserStatus.Active,
            CreatedAt = user.CreatedAt,
            PersonalOrganizationId = personalOrganizationId,
            Memberships = byOrganization,
            Teams = teams.Select(t => new TeamRoleSnapshot(t.Item1, t.Item2, t.Item3 is null ? null : SharedRoleNames.Of(t.Item3))).ToArray(),
        };
    }
}
