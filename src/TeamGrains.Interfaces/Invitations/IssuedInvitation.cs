namespace TeamGrains.Interfaces.Invitations;

/// <summary>
/// An invitation just created or resent, with its new email-link token. The token goes into the email
/// and is never shown again (only its hash is stored); the API returns just <see cref="Invitation"/>.
/// </summary>
public sealed record IssuedInvitation(InvitationDto Invitation, string Token);
