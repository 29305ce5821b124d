using System.Collections.Frozen;
using System.Collections.Immutable;

namespace TeamGrains.Interfaces.Permissions;

/// <summary>
/// The permission catalogue of the contract: 25 organization permissions and 6 resource permissions.
/// <c>secrets:read</c> is in both tables; it is one entry (one bit) with both scopes, because it is the
/// same string (see docs/permissions-model.md). Bits follow catalogue order: the organization table
/// (bits 0-24), then the resource permissions not already listed (bits 25-29).
/// </summary>
public static class PermissionCatalogue
{
    private const string Viewer = BuiltInRoles.Viewer;
    private const string Operator = BuiltInRoles.Operator;
    private const string Developer = BuiltInRoles.Developer;
    private const string Admin = BuiltInRoles.Admin;
    private const string Owner = BuiltInRoles.Owner;

    private static readonly (string Name, string Description, string? Role, AccessLevel? Level)[] s_rows =
    [
        (PermissionNames.MembersView, "see members, teams and invitations", Viewer, null),
        (PermissionNames.UsageView, "see usage data", Viewer, null),
        (PermissionNames.MarketplaceView, "see the marketplace", Viewer, null),
        (PermissionNames.AppsView, "see apps", Viewer, null),
        (PermissionNames.RunsView, "see app runs, instances and versions", Viewer, null),
        (PermissionNames.ExperimentsView, "see experiments", Viewer, null),
        (PermissionNames.RunsCreate, "create runs", Operator, null),
        (PermissionNames.ExperimentsCreate, "create experiments", Operator, null),
        (PermissionNames.InstancesEdit, "create and edit instances", Operator, null),
        (PermissionNames.ApiKeysCreate, "create API keys for oneself", Operator, null),
        (PermissionNames.EndpointsView, "see API endpoints of an app", Operator, null),
        (PermissionNames.AppsCreate, "create apps", Developer, null),
        (PermissionNames.AppsPush, "push code to an app", Developer, null),
        (PermissionNames.VersionsCreate, "create versions", Developer, null),
        (PermissionNames.CliUse, "use the command-line client", Developer, null),
        (PermissionNames.SecretsRead, "read secrets of apps", Developer, AccessLevel.Contributor),
        (PermissionNames.InstancesLock, "lock and unlock instances", Admin, null),
        (PermissionNames.MembersManage, "invite, resend, revoke, remove members", Admin, null),
        (PermissionNames.RolesAssign, "change members' roles (never to or from OWNER)", Admin, null),
        (PermissionNames.TeamsManage, "create, change, delete teams", Admin, null),
        (PermissionNames.OrganizationManage, "rename, settings, create sub-organizations", Admin, null),
        (PermissionNames.AuditView, "read the audit log", Admin, null),
        (PermissionNames.PlanManage, "manage the plan and billing", Owner, null),
        (PermissionNames.OwnershipTransfer, "grant or take OWNER", Owner, null),
        (PermissionNames.OrganizationDelete, "delete the organization", Owner, null),
        (PermissionNames.AppView, "see the resource and its code", null, AccessLevel.Viewer),
        (PermissionNames.AppEdit, "change its code", null, AccessLevel.Contributor),
        (PermissionNames.SecretsWrite, "change its secrets", null, AccessLevel.Contributor),
        (PermissionNames.AppDelete, "delete it", null, AccessLevel.Admin),
        (PermissionNames.AppShare, "change who has access to it", null, AccessLevel.Admin),
    ];

    private static readonly PermissionDefinition[] s_byBit = BuildDefinitions();

    private static readonly FrozenDictionary<string, int> s_bitByName =
        s_byBit.ToFrozenDictionary(p => p.Name, p => p.Bit, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> s_bitBySpan =
        s_bitByName.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Every distinct permission (30), in catalogue order (= bit order).</summary>
    public static ImmutableArray<PermissionDefinition> All { get; } = [.. s_byBit];

    /// <summary>The 25 organization permissions, in the order of the contract's first table.</summary>
    public static ImmutableArray<PermissionDefinition> OrganizationPermissions { get; } =
        [.. s_byBit.Where(p => p.Scope.HasFlag(PermissionScope.Organization))];

    /// <summary>The 6 resource permissions, in the order of the contract's second table.</summary>
    public static ImmutableArray<PermissionDefinition> ResourcePermissions { get; } =
    [
        .. new[]
        {
            PermissionNames.AppView, PermissionNames.AppEdit, PermissionNames.SecretsRead,
            PermissionNames.SecretsWrite, PermissionNames.AppDelete, PermissionNames.AppShare,
        }.Select(name => s_byBit[s_bitByName[name]]),
    ];

    /// <summary>Number of distinct permissions (and of bits used).</summary>
    public static int Count => s_byBit.Length;

    /// <summary>Every permission of the catalogue.</summary>
    public static PermissionSet Everything { get; } = new((1UL << s_byBit.Length) - 1);

    /// <summary>The permissions organization roles can grant (the first table).</summary>
    public static PermissionSet OrganizationScope { get; } = MaskOf(PermissionScope.Organization);

    /// <summary>The permissions resource access levels can grant (the second table).</summary>
    public static PermissionSet ResourceScope { get; } = MaskOf(PermissionScope.Resource);

    /// <summary>The definition at a bit (0 ≤ bit &lt; <see cref="Count"/>).</summary>
    public static PermissionDefinition Get(int bit) => s_byBit[bit];

    /// <summary>The bit of a permission name (exact, lower-case); false when it is not in the catalogue. No allocation.</summary>
    public static bool TryGetBit(string name, out int bit) => s_bitByName.TryGetValue(name, out bit);

    /// <summary>The bit of a permission name given as characters; false when it is not in the catalogue. No allocation.</summary>
    public static bool TryGetBit(ReadOnlySpan<char> name, out int bit) => s_bitBySpan.TryGetValue(name, out bit);

    /// <summary>True when the name is in the catalogue.</summary>
    public static bool Contains(string name) => s_bitByName.ContainsKey(name);

    /// <summary>The bit of a permission name; BAD_USER_INPUT when it is not in the catalogue.</summary>
    public static int GetBit(string name) =>
        s_bitByName.TryGetValue(name, out var bit) ? bit : throw UnknownPermission(name);

    internal static TeamGrainsException UnknownPermission(string? name) =>
        new(ErrorCodes.BadUserInput, $"Unknown permission '{name}'.");

    private static PermissionDefinition[] BuildDefinitions()
    {
        var definitions = new PermissionDefinition[s_rows.Length];
        for (var bit = 0; bit < s_rows.Length; bit++)
        {
            var (name, description, role, level) = s_rows[bit];
            var scope = (role is null ? 0 : PermissionScope.Organization) | (level is null ? 0 : PermissionScope.Resource);
            definitions[bit] = new PermissionDefinition(name, description, bit, scope, role, level);
        }

        return definitions;
    }

    private static PermissionSet MaskOf(PermissionScope scope)
    {
        var mask = 0UL;
        foreach (var permission in s_byBit)
        {
            if (permission.Scope.HasFlag(scope))
            {
                mask |= 1UL << permission.Bit;
            }
        }

        return new PermissionSet(mask);
    }
}
