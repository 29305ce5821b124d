namespace TeamGrains.Interfaces.Permissions;

/// <summary>
/// One reason a user holds a permission (the contract's PermissionGrant).
/// DIRECT: <see cref="OrganizationId"/> is the organization asked about. INHERITED: the ancestor holding the
/// membership. TEAM: <see cref="TeamId"/> and its organization. RESOURCE: <see cref="ResourceId"/>, its
/// organization, and <see cref="TeamId"/> when the binding is a team's; <see cref="Role"/> is then the access
/// level name (VIEWER, CONTRIBUTOR, ADMIN).
/// </summary>
public sealed record PermissionGrant(
    string Permission,
    string Role,
    GrantSource Source,
    string? OrganizationId,
    string? TeamId,
    string? ResourceId);
