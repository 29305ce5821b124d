namespace TeamGrains.Interfaces.Permissions;

/// <summary>Where a permission can be granted: by organization roles, by resource access levels, or both.</summary>
[Flags]
public enum PermissionScope
{
    /// <summary>Granted by organization roles (the contract's first table).</summary>
    Organization = 1,

    /// <summary>Granted on one resource by its access levels (the contract's second table).</summary>
    Resource = 2,
}
