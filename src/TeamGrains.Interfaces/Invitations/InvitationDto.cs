namespace TeamGrains.Interfaces.Invitations;

/// <summary>An invitation as clients see it (the contract's Invitation type, with ids instead of objects).</summary>
/// <param name="Email">The invitee's email, normalised (trimmed, lower-cased).</param>
/// <param name="Status">The status as of the moment it was read: a PENDING invitation past its expiry reads as EXPIRED.</param>
public sealed record InvitationDto(
    string Id,
    string OrganizationId,
    string Email,
    string Role,
    IReadOnlyList<string> TeamIds,
    string InvitedByUserId,
    string? Message,
    InvitationStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? ResentAt);
