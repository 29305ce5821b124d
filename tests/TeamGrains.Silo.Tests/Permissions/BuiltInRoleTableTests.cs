using TeamGrains.Interfaces.Permissions;

namespace TeamGrains.Silo.Tests.Permissions;

/// <summary>
/// The contract's role table, written out here independently of the code under test, checked for every
/// built-in role against every catalogue permission through the evaluator.
/// </summary>
public sealed class BuiltInRoleTableTests
{
    private static readonly string[] s_rolesLowestFirst = ["NONE", "VIEWER", "OPERATOR", "DEVELOPER", "ADMIN", "OWNER"];

    // permission → lowest built-in role, copied from PERMISSIONS.md ("lowest built-in role" column).
    private static readonly (string Permission, string LowestRole)[] s_organizationTable =
    [
        ("members:view", "VIEWER"), ("usage:view", "VIEWER"), ("marketplace:view", "VIEWER"),
        ("apps:view", "VIEWER"), ("runs:view", "VIEWER"), ("experiments:view", "VIEWER"),
        ("runs:create", "OPERATOR"), ("experiments:create", "OPERATOR"), ("instances:edit", "OPERATOR"),
        ("apikeys:create", "OPERATOR"), ("endpoints:view", "OPERATOR"),
        ("apps:create", "DEVELOPER"), ("apps:push", "DEVELOPER"), ("versions:create", "DEVELOPER"),
        ("cli:use", "DEVELOPER"), ("secrets:read", "DEVELOPER"),
        ("instances:lock", "ADMIN"), ("members:manage", "ADMIN"), ("roles:assign", "ADMIN"),
        ("teams:manage", "ADMIN"), ("organization:manage", "ADMIN"), ("audit:view", "ADMIN"),
        ("plan:manage", "OWNER"), ("ownership:transfer", "OWNER"), ("organization:delete", "OWNER"),
    ];

    private static readonly string[] s_resourceOnly = ["app:view", "app:edit", "secrets:write", "app:delete", "app:share"];

    // Organization role → resource permissions on an ORGANIZATION-visibility resource (contract text).
    private static readonly Dictionary<string, string[]> s_organizationResourceTable = new()
    {
        ["NONE"] = [],
        ["VIEWER"] = ["app:view"],
        ["OPERATOR"] = ["app:view"],
        ["DEVELOPER"] = ["app:view", "app:edit", "secrets:read"],
        ["ADMIN"] = ["app:view", "app:edit", "secrets:read", "secrets:write", "app:delete", "app:share"],
        ["OWNER"] = ["app:view", "app:edit", "secrets:read", "secrets:write", "app:delete", "app:share"],
    };

    public static TheoryData<string, string, bool> EveryRoleAndPermission()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var role in s_rolesLowestFirst)
        {
            foreach (var (permission, lowest) in s_organizationTable)
            {
                data.Add(role, permission, Array.IndexOf(s_rolesLowestFirst, role) >= Array.IndexOf(s_rolesLowestFirst, lowest));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryRoleAndPermission))]
    public void DirectRoleGrantsExactlyTheTableRow(string role, string permission, bool expected)
    {
        var permissions = new PermissionScenario().Direct(0, role).OrganizationPermissions();

        Assert.Equal(expected, permissions.Contains(permission));
    }

    [Theory]
    [MemberData(nameof(EveryRoleAndPermission))]
    public void BuiltInRoleDefinitionsMatchTheTable(string role, string permission, bool expected)
    {
        Assert.True(BuiltInRoles.TryGet(role, out var definition));
        Assert.Equal(expected, definition.Permissions.Contains(permission));
    }

    [Theory]
    [InlineData("NONE", 0)]
    [InlineData("VIEWER", 6)]
    [InlineData("OPERATOR", 11)]
    [InlineData("DEVELOPER", 16)]
    [InlineData("ADMIN", 22)]
    [InlineData("OWNER", 25)]
    public void RolesHoldTheirRowAndEveryRowAbove(string role, int expectedCount)
    {
        Assert.Equal(expectedCount, new PermissionScenario().Direct(0, role).OrganizationPermissions().Count);
    }

    [Fact]
    public void RankFollowsTheNestingAndIgnoresCase()
    {
        Assert.Equal([0, 1, 2, 3, 4, 5], s_rolesLowestFirst.Select(BuiltInRoles.Rank));
        Assert.Equal(4, BuiltInRoles.Rank("admin"));
        Assert.Equal(-1, BuiltInRoles.Rank("Creator"));
    }

    [Fact]
    public void BuiltInRolesNest()
    {
        for (var i = 1; i < s_rolesLowestFirst.Length; i++)
        {
            Assert.True(BuiltInRoles.TryGet(s_rolesLowestFirst[i - 1], out var lower));
            Assert.True(BuiltInRoles.TryGet(s_rolesLowestFirst[i], out var higher));
            Assert.True(lower.Permissions.IsSubsetOf(higher.Permissions));
            Assert.NotEqual(lower.Permissions, higher.Permissions);
        }
    }

    [Theory]
    [InlineData("NONE")]
    [InlineData("VIEWER")]
    [InlineData("OPERATOR")]
    [InlineData("DEVELOPER")]
    [InlineData("ADMIN")]
    [InlineData("OWNER")]
    public void OrganizationRolesGiveNoResourceOnlyPermissionOutsideResources(string role)
    {
        var permissions = new PermissionScenario().Direct(0, role).OrganizationPermissions();

        Assert.All(s_resourceOnly, p => Assert.False(permissions.Contains(p), p));
    }

    [Theory]
    [InlineData("NONE")]
    [InlineData("VIEWER")]
    [InlineData("OPERATOR")]
    [InlineData("DEVELOPER")]
    [InlineData("ADMIN")]
    [InlineData("OWNER")]
    public void OrganizationRolesMapToResourcePermissionsOnOrganizationResources(string role)
    {
        var scenario = new PermissionScenario().Direct(0, role);
        var rank = Array.IndexOf(s_rolesLowestFirst, role);
        var expected = s_organizationTable
            .Where(row => Array.IndexOf(s_rolesLowestFirst, row.LowestRole) <= rank)
            .Select(row => row.Permission)
            .Union(s_organizationResourceTable[role]);

        var onResource = scenario.ResourcePermissions(scenario.Resource(ResourceVisibility.Organization));

        Assert.Equal(expected.Order(), onResource.Order());
    }

    [Theory]
    [InlineData(AccessLevel.NoAccess, new string[0])]
    [InlineData(AccessLevel.Viewer, new[] { "app:view" })]
    [InlineData(AccessLevel.Contributor, new[] { "app:view", "app:edit", "secrets:read", "secrets:write" })]
    [InlineData(AccessLevel.Admin, new[] { "app:view", "app:edit", "secrets:read", "secrets:write", "app:delete", "app:share" })]
    public void AccessLevelsGrantTheTableRow(AccessLevel level, string[] expected)
    {
        var scenario = new PermissionScenario();
        var permissions = scenario.ResourcePermissions(
            scenario.Resource(ResourceVisibility.Private, ResourceBinding.ForUser(PermissionScenario.UserId, level)));

        Assert.Equal(expected.Order(), permissions.Order());
    }
}
