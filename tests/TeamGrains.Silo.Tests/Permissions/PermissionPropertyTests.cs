using FsCheck.Xunit;
using TeamGrains.Interfaces.Permissions;

namespace TeamGrains.Silo.Tests.Permissions;

/// <summary>Laws of the model over random trees of roles (FsCheck generates the role assignments).</summary>
public sealed class PermissionPropertyTests
{
    private const int ChainLength = 12;
    private static readonly string?[] s_roleChoices = ["NONE", "VIEWER", "OPERATOR", "DEVELOPER", "ADMIN", "OWNER", "Custom", null];

    private static string? RoleOf(byte choice) => s_roleChoices[choice % s_roleChoices.Length];

    private static RoleCatalogue Catalogue(ulong customMask)
    {
        var permissions = new PermissionSet(customMask & PermissionCatalogue.Everything.Mask);
        return RoleCatalogue.BuiltInOnly.WithCustomRole("Custom", permissions.ToNames());
    }

    /// <summary>Each pair of bytes is (depth, role) of a direct membership; each triple in teams is (depth, role, team number).</summary>
    /// <param name="ancestorsOnly">Place the direct memberships on ancestors only (depth 1 and up).</param>
    private static PermissionScenario Scenario(byte[]? direct, byte[]? teams, ulong customMask, bool ancestorsOnly = false)
    {
        var scenario = new PermissionScenario(ChainLength) { Roles = Catalogue(customMask) };
        direct ??= [];
        for (var i = 0; i + 1 < direct.Length; i += 2)
        {
            if (RoleOf(direct[i + 1]) is { } role)
            {
                scenario.Direct(ancestorsOnly ? 1 + (direct[i] % (ChainLength - 1)) : direct[i] % ChainLength, role);
            }
        }

        teams ??= [];
        for (var i = 0; i + 2 < teams.Length; i += 3)
        {
            scenario.Team($"team-{teams[i + 2] % 8}-{i}", teams[i] % ChainLength, RoleOf(teams[i + 1]));
        }

        return scenario;
    }

    [Property]
    public bool DirectMembershipInASubOrganizationNeverRemovesWhatIsInherited(byte[] direct, byte[] teams, ulong customMask, byte role)
    {
        var scenario = Scenario(direct, teams, customMask, ancestorsOnly: true);
        var inherited = scenario.OrganizationPermissions();

        var withDirect = scenario.Direct(0, RoleOf(role) ?? "NONE").OrganizationPermissions();

        return inherited.IsSubsetOf(withDirect);
    }

    [Property]
    public bool AddingATeamNeverRemoves(byte[] direct, byte[] teams, ulong customMask, byte depth, byte role)
    {
        var scenario = Scenario(direct, teams, customMask);
        var before = scenario.OrganizationPermissions();

        var after = scenario.Team("team-extra", depth % ChainLength, RoleOf(role)).OrganizationPermissions();

        return before.IsSubsetOf(after);
    }

    [Property]
    public bool PermissionsAreTheUnionOfTheRolesOfEveryGrant(byte[] direct, byte[] teams, ulong customMask)
    {
        var scenario = Scenario(direct, teams, customMask);

        var explained = scenario.Explain();
        var union = explained.Grants.Aggregate(PermissionSet.Empty, (set, g) => set | scenario.Roles.Get(g.Role).Permissions);

        return explained.Permissions == scenario.OrganizationPermissions() && union == explained.Permissions;
    }

    [Property]
    public bool PrivateResourceIgnoresOrganizationRoles(byte[] direct, byte[] teams, ulong customMask, byte userLevel, byte teamLevel)
    {
        var scenario = Scenario(direct, teams, customMask);
        var resource = scenario.Resource(
            ResourceVisibility.Private,
            ResourceBinding.ForUser(PermissionScenario.UserId, (AccessLevel)(userLevel % 4)),
            ResourceBinding.ForTeam("team-0-0", (AccessLevel)(teamLevel % 4)));
        var withoutRoles = Scenario([], teams, customMask).ResourcePermissions(resource);

        var permissions = scenario.ResourcePermissions(resource);

        return permissions == withoutRoles
            && permissions.IsSubsetOf(PermissionCatalogue.ResourceScope)
            && scenario.Explain(resource).Permissions == permissions;
    }

    [Property]
    public bool OrganizationResourceGivesAtLeastTheOrganizationPermissions(byte[] direct, byte[] teams, ulong customMask, byte userLevel)
    {
        var scenario = Scenario(direct, teams, customMask);
        var resource = scenario.Resource(ResourceVisibility.Organization, ResourceBinding.ForUser(PermissionScenario.UserId, (AccessLevel)(userLevel % 4)));

        var permissions = scenario.ResourcePermissions(resource);

        return scenario.OrganizationPermissions().IsSubsetOf(permissions) && scenario.Explain(resource).Permissions == permissions;
    }

    [Property]
    public bool DeactivatedUserHoldsNothing(byte[] direct, byte[] teams, ulong customMask)
    {
        var scenario = Scenario(direct, teams, customMask);
        scenario.IsActive = false;

        return scenario.OrganizationPermissions().IsEmpty
            && scenario.ResourcePermissions(scenario.Resource(ResourceVisibility.Organization)).IsEmpty;
    }

    [Property]
    public bool SetOperationsAgreeWithNames(ulong a, ulong b)
    {
        var left = new PermissionSet(a & PermissionCatalogue.Everything.Mask);
        var right = new PermissionSet(b & PermissionCatalogue.Everything.Mask);
        var leftNames = left.ToNames();
        var rightNames = right.ToNames();

        return left.Union(right).ToNames().SequenceEqual(leftNames.Union(rightNames).OrderBy(PermissionCatalogue.GetBit))
            && left.Except(right).ToNames().SequenceEqual(leftNames.Except(rightNames))
            && left.IsSubsetOf(right) == leftNames.All(rightNames.Contains)
            && left.Union(right).Equals(right.Union(left))
            && PermissionSet.FromNames(leftNames) == left;
    }
}
