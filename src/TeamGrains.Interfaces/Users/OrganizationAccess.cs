using TeamGrains.Interfaces.Permissions;

namespace TeamGrains.Interfaces.Users;

/// <summary>
/// A user's standing in one organization (or on one of its resources), as grains authorize with it.
/// <paramref name="IsMember"/>: direct or inherited member (a non-member must not learn the organization exists).
/// <paramref name="Permissions"/>: the effective permissions (empty for a deactivated user).
/// </summary>
public sealed record OrganizationAccess(bool IsMember, PermissionSet Permissions);
