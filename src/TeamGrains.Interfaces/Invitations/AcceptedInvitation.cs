namespace TeamGrains.Interfaces.Invitations;

/// <summary>
/// The result of accepting: the invitation (now ACCEPTED) and the invitee's DIRECT membership of the
/// invitation's organization (the contract's Membership with source DIRECT).
/// </summary>
/// <param name="Role">The membership's role: the invitation's role, or the role the invitee already held there directly.</param>
public sealed record AcceptedInvitation(
    InvitationDto Invitation,
    string OrganizationId,
    string UserId,
    string Role,
    DateTimeOffset JoinedAt);
