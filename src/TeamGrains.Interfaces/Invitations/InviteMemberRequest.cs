namespace TeamGrains.Interfaces.Invitations;

/// <summary>The contract's InviteMemberInput; <paramref name="Role"/> null means VIEWER.</summary>
public sealed record InviteMemberRequest(
    string OrganizationId,
    string Email,
    string? Role = null,
    IReadOnlyList<string>? TeamIds = null,
    string? Message = null);
