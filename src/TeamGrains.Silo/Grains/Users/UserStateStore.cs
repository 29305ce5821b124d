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
    public IReadOnlyList<string> Queries { get; } =
    [
        UserRow.SelectSql + " WHERE u.id = @key",
        """
        SELECT m.organization_id, o.root_id, m.role, m.joined_at, m.added_by
          FROM memberships m JOIN organizations o ON o.id = m.organization_id
         WHERE m.user_id = @key
        """,
        "SELECT t.id, t.organization_id, t.role FROM team_members tm JOIN teams t ON t.id = tm.team_id WHERE tm.user_id = @key",
    ];

    public async Task<UserState> ReadAsync(string key, SqlMapper.GridReader results)
    {
        var user = await results.ReadSingleOrDefaultAsync<UserRow>().ConfigureAwait(false);
        if (user is null)
        {
            return new UserState { Id = key };
        }

        var memberships = await results.ReadAsync<(string, string, string, long, string?)>().ConfigureAwait(false);
        var teams = await results.ReadAsync<(string, string, string?)>().ConfigureAwait(false);

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
