using Dapper;
using TeamGrains.Interfaces.Permissions;
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
        return new UserState
        {
            Exists = true,
            Id = user.Id,
            Email = user.Email,
            DisplayName = user.DisplayName,
            Status = user.Status == "DEACTIVATED" ? UserStatus.Deactivated : UserStatus.Active,
            CreatedAt = user.CreatedAt,
            PersonalOrganizationId = user.PersonalOrganizationId ?? "",
            Memberships = memberships.ToDictionary(
                m => m.Item1, m => new UserMembership(m.Item1, m.Item2, m.Item3, m.Item4, m.Item5), StringComparer.Ordinal),
            Teams = [.. teams.Select(t => new TeamRoleSnapshot(t.Item1, t.Item2, t.Item3))],
        };
    }
}
