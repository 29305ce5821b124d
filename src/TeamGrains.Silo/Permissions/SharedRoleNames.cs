using TeamGrains.Interfaces.Permissions;

namespace TeamGrains.Silo.Permissions;

/// <summary>
/// Role names read from rows, as one instance per built-in role: grain state that stays in memory by the
/// 100,000 (memberships of users and organizations) then holds no copy of "OWNER" per row.
/// </summary>
internal static class SharedRoleNames
{
    /// <summary>The built-in role's own name instance when <paramref name="role"/> is one (custom role names stay as read).</summary>
    public static string Of(string role)
    {
        foreach (var builtIn in BuiltInRoles.All)
        {
            if (string.Equals(builtIn.Name, role, StringComparison.Ordinal))
            {
                return builtIn.Name;
            }
        }

        return role;
    }
}
