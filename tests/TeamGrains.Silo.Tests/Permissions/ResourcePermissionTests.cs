using TeamGrains.Interfaces.Permissions;

namespace TeamGrains.Silo.Tests.Permissions;

public sealed class ResourcePermissionTests
{
    private static readonly PermissionSet s_allResourcePermissions =
        PermissionSet.Of("app:view", "app:edit", "secrets:read", "secrets:write", "app:delete", "app:share");

    [Fact]
    public void TeamsUniteToTheLessRestrictiveLevel()
    {
        var scenario = new PermissionScenario().Direct(0, "NONE").Team("team-a", 0, null).Team("team-b", 0, null);
        var resource = scenario.Resource(
            ResourceVisibility.Private,
            ResourceBinding.ForTeam("team-a", AccessLevel.Viewer),
            ResourceBinding.ForTeam("team-b", AccessLevel.Admin));

        Assert.Equal(s_allResourcePermissions, scenario.ResourcePermissions(resource));
    }

    [Fact]
    public void TeamUnionHoldsWhenTheUserIsInMoreTeamsThanTheResourceBinds()
    {
        var scenario = new PermissionScenario();
        for (var i = 0; i < 10; i++)
        {
            scenario.Team($"team-{i}", 0, null);
        }

        var resource = scenario.Resource(ResourceVisibility.Private, ResourceBinding.ForTeam("team-7", AccessLevel.Contributor));

        Assert.Equal(PermissionSet.Of("app:view", "app:edit", "secrets:read", "secrets:write"), scenario.ResourcePermissions(resource));
    }

    [Fact]
    public void TeamUnionHoldsWhenTheResourceBindsMoreTeamsThanTheUserIsIn()
    {
        var scenario = new PermissionScenario().Team("team-3", 0, null);
        var bindings = Enumerable.Range(0, 10).Select(i => ResourceBinding.ForTeam($"team-{i}", i == 3 ? AccessLevel.Admin : AccessLevel.Viewer));
        var resource = new ResourceSnapshot("res-1", PermissionScenario.OrganizationAt(0), ResourceVisibility.Private, bindings);

        Assert.Equal(s_allResourcePermissions, scenario.ResourcePermissions(resource));
    }

    [Fact]
    public void PrivateResourceIsInvisibleToAnOrganizationAdminNotBoundToIt()
    {
        var scenario = new PermissionScenario(chainLength: 2).Direct(0, "ADMIN").Direct(1, "OWNER").Team("team-x", 0, "ADMIN");
        var resource = scenario.Resource(ResourceVisibility.Private, ResourceBinding.ForUser("someone-else", AccessLevel.Admin));

        Assert.True(scenario.ResourcePermissions(resource).IsEmpty);
    }

    [Fact]
    public void PrivateResourceGivesOnlyItsOwnBindings()
    {
        var scenario = new PermissionScenario().Direct(0, "OWNER");
        var resource = scenario.Resource(ResourceVisibility.Private, ResourceBinding.ForUser(PermissionScenario.UserId, AccessLevel.Viewer));

        Assert.Equal(PermissionSet.Of("app:view"), scenario.ResourcePermissions(resource));
    }

    [Fact]
    public void OrganizationResourceAddsBindingsToOrganizationPermissions()
    {
        var scenario = new PermissionScenario(chainLength: 2).Direct(1, "VIEWER");
        var resource = scenario.Resource(ResourceVisibility.Organization, ResourceBinding.ForUser(PermissionScenario.UserId, AccessLevel.Contributor));

        var permissions = scenario.ResourcePermissions(resource);

        Assert.True(scenario.OrganizationPermissions().IsSubsetOf(permissions));
        Assert.True(permissions.Contains("secrets:write"));
        Assert.False(permissions.Contains("app:delete"));
    }

    [Fact]
    public void NoAccessBindingGrantsNothingButDoesNotRemoveOrganizationGrants()
    {
        var scenario = new PermissionScenario().Direct(0, "DEVELOPER");
        var resource = scenario.Resource(ResourceVisibility.Organization, ResourceBinding.ForUser(PermissionScenario.UserId, AccessLevel.NoAccess));

        Assert.True(scenario.ResourcePermissions(resource).Contains("app:edit"));
        Assert.True(new PermissionScenario().ResourcePermissions(
            new PermissionScenario().Resource(ResourceVisibility.Private, ResourceBinding.ForUser(PermissionScenario.UserId, AccessLevel.NoAccess))).IsEmpty);
    }

    [Fact]
    public void ResourceOfAnotherOrganizationIsRejected()
    {
        var scenario = new PermissionScenario(chainLength: 2);
        var resource = new ResourceSnapshot("res-1", PermissionScenario.OrganizationAt(1), ResourceVisibility.Organization, []);

        Assert.Throws<ArgumentException>(() => scenario.ResourcePermissions(resource));
    }
}
