using TeamGrains.Interfaces.Invitations;

namespace TeamGrains.Silo.Grains.Invitations;

/// <summary>
/// The state of one invitation grain: the invitation as stored (status as stored, expiry not yet applied),
/// its tree's root (for locking and seat counting) and the hash of its email-link token.
/// <see cref="Invitation"/> is null until the invitation is created.
/// </summary>
internal sealed record InvitationState(InvitationDto? Invitation, string? RootId, string? TokenHash)
{
    public static InvitationState Empty { get; } = new(null, null, null);
}
