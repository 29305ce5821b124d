using Dapper;
using TeamGrains.Silo.Storage;

namespace TeamGrains.Silo.Grains.Teams;

/// <summary>Loads a <see cref="TeamState"/> from teams and team_members.</summary>
internal sealed class TeamStateStore : IGrainStateStore<TeamState>
{
    public IReadOnlyList<string> Queries { get; } =
    [
        "SELECT id, organization_id, name, role, created_at FROM teams WHERE id = @key",
        "SELECT user_id, added_at FROM team_members WHERE team_id = @key",
    ];

    public async Task<TeamState> ReadAsync(string key, SqlMapper.GridReader results)
    {
        var row = await results.ReadSingleOrDefaultAsync<(string, string, string, string?, long)?>().ConfigureAwait(false);
        if (row is not { } team)
        {
            return new TeamState { Id = key };
        }

        var members = await results.ReadAsync<(string, long)>().ConfigureAwait(false);
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
