namespace TeamGrains.Interfaces.Permissions;

/// <summary>One entry of the permission catalogue.</summary>
/// <param name="Name">The permission string, <c>area:action</c>.</param>
/// <param name="Description">What it allows (the contract's "meaning" column).</param>
/// <param name="Bit">Its bit in a <see cref="PermissionSet"/> mask; also its position in catalogue order.</param>
/// <param name="Scope">Whether organization roles, resource access levels, or both grant it.</param>
/// <param name="LowestBuiltInRole">The lowest built-in organization role holding it, or null for resource-only permissions.</param>
/// <param name="LowestAccessLevel">The lowest resource access level holding it, or null for organization-only permissions.</param>
public sealed record PermissionDefinition(
    string Name,
    string Description,
    int Bit,
    PermissionScope Scope,
    string? LowestBuiltInRole,
    AccessLevel? LowestAccessLevel);
