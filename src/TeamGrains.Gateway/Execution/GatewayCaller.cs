namespace TeamGrains.Gateway.Execution;

/// <summary>
/// Who is asking: the authenticated user, how they proved it, and for an API key the one
/// organization the request may act in (<see cref="OrganizationScope"/>). Anonymous requests have no caller.
/// </summary>
public sealed record GatewayCaller(
    string UserId,
    string? Email,
    CredentialKind Kind,
    string CredentialId,
    string? OrganizationScope);
