using Dapper;
using TeamGrains.Interfaces.Paging;
using TeamGrains.Interfaces.Users;
using TeamGrains.Silo.Grains.Users;
using TeamGrains.Silo.Storage;

namespace TeamGrains.Silo.Grains.Teams;

/// <summary>The team's member list, read from committed rows, oldest member first.</summary>
internal static class TeamQueries
{
    public static async Task<Page<UserDto>> MembersAsync(IStorageTransaction tx, string teamId, PageRequest page, CancellationToken cancellationToken)
    {
        var total = (int)await tx.Connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM team_members WHERE team_id = @teamId", new { teamId }, tx.Transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var rows = await tx.Connection.QueryAsync<UserRow>(new CommandDefinition(
            UserRow.SelectSql + " JOIN team_members tm ON tm.user_id = u.id WHERE tm.team_id = @teamId ORDER BY tm.added_at, u.id LIMIT @size OFFSET @offset",
            new { teamId, size = page.Size, offset = page.Offset }, tx.Transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return Page<UserDto>.From([.. rows.Select(r => r.ToDto())], page.Offset, total);
    }
}
