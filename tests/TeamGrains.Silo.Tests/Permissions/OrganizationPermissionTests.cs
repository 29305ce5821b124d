using TeamGrains.Interfaces.Permissions;
using TeamGrains.Silo.Permissions;

namespace TeamGrains.Silo.Tests.Permissions;

public sealed class OrganizationPermissionTests
{
    private static PermissionSet Role(string name) => BuiltInRoles.All.Single(r => r.Name == name).Permissions;

    [Fact]
    public void RoleAtTheRootIsInheritedTwelveLevelsDown()
    {
        var scenario = new PermissionScenario(chainLength: 12).Direct(11, "DEVELOPER");

        Assert.Equal(Role("DEVELOPER"), scenario.OrganizationPermissions());
    }

    [Fact]
    public void RolesAtEveryLevelOfTheChainAreUnited()
    {
        var roles = RoleCatalogue.BuiltInOnly.WithCustomRole("Auditor", ["audit:view"]);
        var scenario = new PermissionScenario(chainLength: 11) { Roles = roles }
            .Direct(10, "VIEWER")
            .Direct(5, "Auditor")
            .Direct(0, "NONE");

        Assert.Equal(Role("VIEWER") | PermissionSet.Of("audit:view"), scenario.OrganizationPermissions());
    }

    [Fact]
    public void DirectMembershipInASubOrganizationNeverTakesAway()
    {
        var scenario = new PermissionScenario(chainLength: 3).Direct(2, "ADMIN").Direct(0, "VIEWER");

        Assert.Equal(Role("ADMIN"), scenario.OrganizationPermissions());
    }

    [Fact]
    public void RolesOutsideTheChainDoNotApply()
    {
        var scenario = new PermissionScenario(chainLength: 4)
            .DirectElsewhere("sibling", "OWNER")
            .TeamElsewhere("team-sibling", "sibling", "ADMIN")
            .Direct(3, "VIEWER");

        Assert.Equal(Role("VIEWER"), scenario.OrganizationPermissions());
    }

    [Fact]
    public void TeamRolesAtTheOrganizationAndAncestorsAreUnited()
    {
        var scenario = new PermissionScenario(chainLength: 5)
            .Direct(0, "NONE")
            .Team("team-ops", 0, "OPERATOR")
            .Team("team-audit", 4, null)
            .Team("team-dev", 3, "DEVELOPER");

        Assert.Equal(Role("DEVELOPER"), scenario.OrganizationPermissions());
    }

    [Fact]
    public void NoneMemberGetsEverythingThroughTeams()
    {
        var scenario = new PermissionScenario().Direct(0, "NONE").Team("team-admin", 0, "ADMIN");

        Assert.Equal(Role("ADMIN"), scenario.OrganizationPermissions());
    }

    [Fact]
    public void DeactivatedUserHoldsNothingAnywhere()
    {
        var scenario = new PermissionScenario(chainLength: 3) { IsActive = false }
            .Direct(2, "OWNER")
            .Team("team-admin", 0, "ADMIN");
        var resource = scenario.Resource(ResourceVisibility.Private, ResourceBinding.ForUser(PermissionScenario.UserId, AccessLevel.Admin));

        Assert.True(scenario.OrganizationPermissions().IsEmpty);
        Assert.True(scenario.ResourcePermissions(resource).IsEmpty);
        Assert.Empty(scenario.Explain().Grants);
        Assert.Empty(scenario.Explain(resource).Grants);
    }

    [Fact]
    public void NonMemberHoldsNothing()
    {
        Assert.True(new PermissionScenario(chainLength: 3).OrganizationPermissions().IsEmpty);
    }

    [Fact]
    public void MembershipIsDirectOrInheritedButNotThroughTeamsOrBranches()
    {
        Assert.True(PermissionEvaluator.IsMember(new PermissionScenario(chainLength: 5).Direct(4, "NONE").User(), new PermissionScenario(chainLength: 5).Chain));
        var notMember = new PermissionScenario(chainLength: 5).Team("team-a", 0, "ADMIN").DirectElsewhere("sibling", "OWNER");
        Assert.False(PermissionEvaluator.IsMember(notMember.User(), notMember.Chain));
    }
}
