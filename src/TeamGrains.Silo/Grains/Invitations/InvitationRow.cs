using TeamGrains.Interfaces.Invitations;

namespace TeamGrains.Silo.Grains.Invitations;

/// <summary>One row of the invitations table as Dapper reads it (times in Unix milliseconds, status in upper case).</summary>
internal sealed class InvitationRow
{
    public string Id { get; init; } = "";

    public string OrganizationId { get; init; } = "";

    public string RootId { get; init; } = "";

    public string Email { get; init; } = "";

    public string Role { get; init; } = "";

    public string InvitedBy { get; init; } = "";

    public string? Message { get; init; }

    public string Status { get; init; } = "";

    public string TokenHash { get; init; } = "";

    public long CreatedAt { get; init; }

    public long ExpiresAt { get; init; }

    public long? ResentAt { get; init; }

    public List<string> TeamIds { get; } = [];

    public InvitationDto ToDto() => new(
        Id,
        OrganizationId,
        Email,
        Role,
        [.. TeamIds],
        InvitedBy,
        Message,
        InvitationStatuses.Parse(Status),
        DateTimeOffset.FromUnixTimeMilliseconds(CreatedAt),
        DateTimeOffset.FromUnixTimeMilliseconds(ExpiresAt),
        ResentAt is { } resent ? DateTimeOffset.FromUnixTimeMilliseconds(resent) : null);
}
