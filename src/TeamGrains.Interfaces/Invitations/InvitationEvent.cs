namespace TeamGrains.Interfaces.Invitations;

/// <summary>
/// One change of an invitation (the contract's InvitationEvent), as recorded in the change log.
/// <paramref name="Position"/> is the change-log position (a consistency token).
/// </summary>
public sealed record InvitationEvent(InvitationEventKind Kind, InvitationDto Invitation, DateTimeOffset At, long Position);
