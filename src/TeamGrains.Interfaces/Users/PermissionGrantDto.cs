using TeamGrains.Interfaces.Permissions;

namespace TeamGrains.Interfaces.Users;

/// <summary>
/// The contract's PermissionGrant: one reason a permission is held. <paramref name="Role"/> is the role
/// (or, for RESOURCE, the access level name) that gives it; exactly the ids that apply are set.
/// </summary>
public sealed record PermissionGrantDto(
    string Permission,
    string Role,
    GrantSource Source,
    string? OrganizationId,
    string? TeamId,
    string? ResourceId);
