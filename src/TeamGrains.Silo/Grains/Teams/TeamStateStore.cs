using Dapper;
using TeamGrains.Silo.Storage;

namespace TeamGrains.Silo.Grains.Teams;

/// <summary>Loads a <see cref="TeamState"/> from teams and team_members.</summary>
internal sealed class TeamStateStore : IGrainStateStore<TeamState>
{
    public async Task<TeamState> ReadAsync(string key, IStorageTransaction transaction, CancellationToken cancellationToken)
    {
        var row = await transaction.Connection.QuerySingleOrDefaultAsync<(string, string, string, string?, long)?>(new CommandDefinition(
            "SELECT id, organization_id, name, role, created_at FROM teams WHERE id = @key",
            new { key }, transaction.Transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (row is not { } team)
        {
            return new TeamState { Id = key };
        }

        var members = await transaction.Connection.QueryAsync<(string, long)>(new CommandDefinition(
            "SELECT user_id, added_at FROM team_members WHERE team_id = @key",
            new { key }, transaction.Transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return new TeamState
        {
            Exists = true,
            Id = team.Item1,
            OrganizationId = team.Item2,
            Name = team.Item3,
            Role = team.Item4,
            CreatedAt = team.Item5,
            Members = members.ToDictionary(m => m.Item1, m => m.Item2, StringComparer.Ordinal),
        };
    }
}
