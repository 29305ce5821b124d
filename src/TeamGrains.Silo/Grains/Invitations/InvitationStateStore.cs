using Dapper;
using TeamGrains.Silo.Storage;

namespace TeamGrains.Silo.Grains.Invitations;

/// <summary>Loads an invitation grain's state from the invitations and invitation_teams tables.</summary>
internal sealed class InvitationStateStore : IGrainStateStore<InvitationState>
{
    public IReadOnlyList<string> Queries { get; } =
    [
        InvitationRows.SelectColumns + " WHERE id = @key",
        "SELECT team_id FROM invitation_teams WHERE invitation_id = @key ORDER BY team_id",
    ];

    public async Task<InvitationState> ReadAsync(string key, SqlMapper.GridReader results)
    {
        var row = await results.ReadSingleOrDefaultAsync<InvitationRow>().ConfigureAwait(false);
        if (row is null)
        {
            return InvitationState.Empty;
        }

        row.TeamIds.AddRange(await results.ReadAsync<string>().ConfigureAwait(false));
        return new InvitationState(row.ToDto(), row.RootId, row.TokenHash);
    }
}
