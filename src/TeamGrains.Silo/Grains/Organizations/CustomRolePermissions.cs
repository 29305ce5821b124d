using TeamGrains.Interfaces.Permissions;

namespace TeamGrains.Silo.Grains.Organizations;

/// <summary>custom_roles.permissions holds the permission names, space-separated (names survive catalogue reordering; bits would not).</summary>
internal static class CustomRolePermissions
{
    public static IEnumerable<string> Parse(string stored) => stored.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public static string Format(PermissionSet permissions) => string.Join(' ', permissions.ToNames());
}
