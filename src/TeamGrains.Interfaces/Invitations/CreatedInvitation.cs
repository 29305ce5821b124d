namespace TeamGrains.Interfaces.Invitations;

/// <summary>
/// A new invitation and its secret token. The token goes into the email link and is never shown
/// again (only its hash is stored); the API returns just <see cref="Invitation"/>.
/// </summary>
public sealed record CreatedInvitation(InvitationDto Invitation, string Token);
