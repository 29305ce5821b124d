namespace TeamGrains.Interfaces.Permissions;

/// <summary>Contract names of <see cref="AccessLevel"/> and the resource permissions each level holds.</summary>
public static class AccessLevels
{
    public const string NoAccessName = "NO_ACCESS";
    public const string ViewerName = "VIEWER";
    public const string ContributorName = "CONTRIBUTOR";
    public const string AdminName = "ADMIN";

    private static readonly PermissionSet[] s_permissions = BuildPermissions();

    /// <summary>NO_ACCESS: nothing.</summary>
    public static PermissionSet NoAccess => s_permissions[(int)AccessLevel.NoAccess];

    /// <summary>VIEWER: app:view.</summary>
    public static PermissionSet Viewer => s_permissions[(int)AccessLevel.Viewer];

    /// <summary>CONTRIBUTOR: VIEWER plus app:edit, secrets:read, secrets:write.</summary>
    public static PermissionSet Contributor => s_permissions[(int)AccessLevel.Contributor];

    /// <summary>ADMIN: all six resource permissions.</summary>
    public static PermissionSet Admin => s_permissions[(int)AccessLevel.Admin];

    /// <summary>The resource permissions a level holds (its own and those of every lower level).</summary>
    public static PermissionSet PermissionsOf(AccessLevel level) => s_permissions[(int)level];

    /// <summary>The contract name: NO_ACCESS, VIEWER, CONTRIBUTOR or ADMIN.</summary>
    public static string Name(AccessLevel level) => level switch
    {
        AccessLevel.NoAccess => NoAccessName,
        AccessLevel.Viewer => ViewerName,
        AccessLevel.Contributor => ContributorName,
        AccessLevel.Admin => AdminName,
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    /// <summary>Parses a contract name (case-insensitive, trimmed).</summary>
    public static bool TryParse(string? name, out AccessLevel level)
    {
        switch (name?.Trim().ToUpperInvariant())
        {
            case NoAccessName: level = AccessLevel.NoAccess; return true;
            case ViewerName: level = AccessLevel.Viewer; return true;
            case ContributorName: level = AccessLevel.Contributor; return true;
            case AdminName: level = AccessLevel.Admin; return true;
            default: level = AccessLevel.NoAccess; return false;
        }
    }

    /// <summary>Parses a contract name; BAD_USER_INPUT when it is not one.</summary>
    public static AccessLevel Parse(string? name) =>
        TryParse(name, out var level)
            ? level
            : throw new TeamGrainsException(ErrorCodes.BadUserInput, $"Unknown access level '{name}'.");

    private static PermissionSet[] BuildPermissions()
    {
        // Derived from the catalogue's "lowest access level" column: a level holds every permission whose
        // lowest level is at or below it.
        var sets = new PermissionSet[(int)AccessLevel.Admin + 1];
        for (var level = AccessLevel.Viewer; level <= AccessLevel.Admin; level++)
        {
            var mask = 0UL;
            foreach (var permission in PermissionCatalogue.All)
            {
                if (permission.LowestAccessLevel is { } lowest && lowest <= level)
                {
                    mask |= 1UL << permission.Bit;
                }
            }

            sets[(int)level] = new PermissionSet(mask);
        }

        return sets;
    }
}
