using TeamGrains.Silo.Storage;

namespace TeamGrains.Silo.Grains.Invitations;

/// <summary>Loads an invitation grain's state from the invitations and invitation_teams tables.</summary>
internal sealed class InvitationStateStore : IGrainStateStore<InvitationState>
{
    public async Task<InvitationState> ReadAsync(string key, IStorageTransaction transaction, CancellationToken cancellationToken)
    {
        var row = await InvitationRows.FindAsync(transaction, key, cancellationToken).ConfigureAwait(false);
        return row is null
            ? InvitationState.Empty
            : new InvitationState(row.ToDto(), row.RootId, row.TokenHash);
    }
}
