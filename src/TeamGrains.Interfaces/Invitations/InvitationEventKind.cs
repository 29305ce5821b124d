namespace TeamGrains.Interfaces.Invitations;

/// <summary>What happened to an invitation (the contract's InvitationEventKind).</summary>
public enum InvitationEventKind
{
    Created,
    Resent,
    Accepted,
    Declined,
    Revoked,
    Expired,
}
