namespace TeamGrains.Interfaces.Permissions;

/// <summary>A role: a name and the permissions it grants.</summary>
/// <param name="Name">The role name; built-in names are upper case.</param>
/// <param name="Permissions">What the role grants in an organization (and its descendants).</param>
/// <param name="IsBuiltIn">True for NONE, VIEWER, OPERATOR, DEVELOPER, ADMIN, OWNER.</param>
/// <param name="OrganizationResourcePermissions">
/// The resource permissions the role also grants on every ORGANIZATION-visibility resource of the
/// organization (VIEWER: app:view; DEVELOPER: + app:edit, secrets:read; ADMIN, OWNER: all six). Empty for
/// custom roles: a custom role that lists resource permissions holds them in <paramref name="Permissions"/>.
/// </param>
public sealed record RoleDefinition(
    string Name,
    PermissionSet Permissions,
    bool IsBuiltIn,
    PermissionSet OrganizationResourcePermissions)
{
    /// <summary>Everything the role grants on an ORGANIZATION-visibility resource.</summary>
    public PermissionSet PermissionsOnOrganizationResources => Permissions | OrganizationResourcePermissions;
}
