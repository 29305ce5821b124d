using TeamGrains.Interfaces.Permissions;

namespace TeamGrains.Interfaces.Resources;

/// <summary>The contract's ResourceAccess: one binding of a resource, to exactly one of a user or a team.</summary>
public sealed record ResourceAccessDto(string? UserId, string? TeamId, AccessLevel Level);
