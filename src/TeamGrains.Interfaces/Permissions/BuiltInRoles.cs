using System.Collections.Frozen;
using System.Collections.Immutable;

namespace TeamGrains.Interfaces.Permissions;

/// <summary>
/// The built-in organization roles, nested: NONE ⊂ VIEWER ⊂ OPERATOR ⊂ DEVELOPER ⊂ ADMIN ⊂ OWNER. Each
/// holds the permissions whose "lowest built-in role" is itself or below it.
/// </summary>
public static class BuiltInRoles
{
    public const string None = "NONE";
    public const string Viewer = "VIEWER";
    public const string Operator = "OPERATOR";
    public const string Developer = "DEVELOPER";
    public const string Admin = "ADMIN";
    public const string Owner = "OWNER";

    private static readonly string[] s_namesByRank = [None, Viewer, Operator, Developer, Admin, Owner];

    /// <summary>The six built-in roles, lowest first.</summary>
    public static ImmutableArray<RoleDefinition> All { get; } = BuildRoles();

    private static readonly FrozenDictionary<string, RoleDefinition> s_byName =
        All.ToFrozenDictionary(r => r.Name, StringComparer.OrdinalIgnoreCase);

    public static RoleDefinition NoneRole => All[0];

    public static RoleDefinition ViewerRole => All[1];

    public static RoleDefinition OperatorRole => All[2];

    public static RoleDefinition DeveloperRole => All[3];

    public static RoleDefinition AdminRole => All[4];

    public static RoleDefinition OwnerRole => All[5];

    /// <summary>True when the name is a built-in role name, compared case-insensitively.</summary>
    public static bool IsBuiltIn(string name) => s_byName.ContainsKey(name);

    /// <summary>The built-in role of that name (case-insensitive).</summary>
    public static bool TryGet(string name, out RoleDefinition role) => s_byName.TryGetValue(name, out role!);

    /// <summary>True when the name is OWNER (case-insensitive); OWNER changes need ownership:transfer.</summary>
    public static bool IsOwner(string? name) => string.Equals(name, Owner, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Position in the nesting (NONE 0 … OWNER 5), or -1 for a name that is not built in. For display and
    /// sorting; decisions compare permission sets, which also covers custom roles.
    /// </summary>
    public static int Rank(string name)
    {
        for (var rank = 0; rank < s_namesByRank.Length; rank++)
        {
            if (string.Equals(s_namesByRank[rank], name, StringComparison.OrdinalIgnoreCase))
            {
                return rank;
            }
        }

        return -1;
    }

    private static ImmutableArray<RoleDefinition> BuildRoles()
    {
        var roles = ImmutableArray.CreateBuilder<RoleDefinition>(s_namesByRank.Length);
        var mask = 0UL;
        for (var rank = 0; rank < s_namesByRank.Length; rank++)
        {
            var name = s_namesByRank[rank];
            foreach (var permission in PermissionCatalogue.All)
            {
                if (permission.LowestBuiltInRole == name)
                {
                    mask |= 1UL << permission.Bit;
                }
            }

            roles.Add(new RoleDefinition(name, new PermissionSet(mask), IsBuiltIn: true, ResourcePermissionsOnOrganizationResources(rank)));
        }

        return roles.MoveToImmutable();
    }

    /// <summary>The contract's mapping of organization roles to resource permissions on ORGANIZATION resources.</summary>
    private static PermissionSet ResourcePermissionsOnOrganizationResources(int rank)
    {
        var viewer = PermissionSet.Of(PermissionNames.AppView);
        var developer = viewer | PermissionSet.Of(PermissionNames.AppEdit, PermissionNames.SecretsRead);
        return rank switch
        {
            >= 4 => PermissionCatalogue.ResourceScope,
            >= 3 => developer,
            >= 1 => viewer,
            _ => PermissionSet.Empty,
        };
    }
}
