using System.Collections.Immutable;

namespace TeamGrains.Interfaces.Permissions;

/// <summary>
/// Every permission a user holds in an organization (or on one of its resources), each explained by the
/// grants that give it; grants are ordered by permission (catalogue order), then source.
/// </summary>
public sealed record EffectivePermissions(
    string UserId,
    string OrganizationId,
    string? ResourceId,
    PermissionSet Permissions,
    ImmutableArray<PermissionGrant> Grants)
{
    /// <summary>The permission names in catalogue order (a new array per call).</summary>
    public string[] PermissionNames() => Permissions.ToNames();
}
