namespace TeamGrains.Interfaces.Invitations;

/// <summary>Where an invitation is in its life: PENDING → ACCEPTED | DECLINED | REVOKED | EXPIRED.</summary>
public enum InvitationStatus
{
    Pending,
    Accepted,
    Declined,
    Revoked,
    Expired,
}
