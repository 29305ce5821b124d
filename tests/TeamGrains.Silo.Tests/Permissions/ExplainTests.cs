using TeamGrains.Interfaces.Permissions;

namespace TeamGrains.Silo.Tests.Permissions;

public sealed class ExplainTests
{
    [Fact]
    public void GrantsNameDirectInheritedAndTeamSources()
    {
        var scenario = new PermissionScenario(chainLength: 3)
            .Direct(0, "VIEWER")
            .Direct(2, "VIEWER")
            .Team("team-ops", 1, "OPERATOR");

        var explained = scenario.Explain();

        var membersView = explained.Grants.Where(g => g.Permission == "members:view").ToList();
        Assert.Equal(
            [
                new PermissionGrant("members:view", "VIEWER", GrantSource.Direct, "org-0", null, null),
                new PermissionGrant("members:view", "VIEWER", GrantSource.Inherited, "org-2", null, null),
                new PermissionGrant("members:view", "OPERATOR", GrantSource.Team, "org-1", "team-ops", null),
            ],
            membersView);
        Assert.Equal(
            [new PermissionGrant("runs:create", "OPERATOR", GrantSource.Team, "org-1", "team-ops", null)],
            explained.Grants.Where(g => g.Permission == "runs:create"));
    }

    [Fact]
    public void ResourceGrantsNameTheResourceAndTheTeam()
    {
        var scenario = new PermissionScenario().Direct(0, "VIEWER").Team("team-a", 0, null);
        var resource = scenario.Resource(
            ResourceVisibility.Organization,
            ResourceBinding.ForTeam("team-a", AccessLevel.Contributor),
            ResourceBinding.ForUser(PermissionScenario.UserId, AccessLevel.Viewer));

        var appView = scenario.Explain(resource).Grants.Where(g => g.Permission == "app:view").ToList();

        Assert.Equal(
            [
                new PermissionGrant("app:view", "VIEWER", GrantSource.Direct, "org-0", null, null),
                new PermissionGrant("app:view", "VIEWER", GrantSource.Resource, "org-0", null, "res-1"),
                new PermissionGrant("app:view", "CONTRIBUTOR", GrantSource.Resource, "org-0", "team-a", "res-1"),
            ],
            appView);
    }

    [Fact]
    public void PrivateResourceExplanationHoldsOnlyResourceGrants()
    {
        var scenario = new PermissionScenario().Direct(0, "OWNER");
        var resource = scenario.Resource(ResourceVisibility.Private, ResourceBinding.ForUser(PermissionScenario.UserId, AccessLevel.Viewer));

        var explained = scenario.Explain(resource);

        Assert.Equal(["app:view"], explained.PermissionNames());
        Assert.All(explained.Grants, g => Assert.Equal(GrantSource.Resource, g.Source));
        Assert.Equal("res-1", explained.ResourceId);
    }

    [Fact]
    public void ExplanationAgreesWithTheFastPathAndIsInCatalogueOrder()
    {
        var roles = RoleCatalogue.BuiltInOnly.WithCustomRole("Auditor", ["audit:view", "app:share"]);
        var scenario = new PermissionScenario(chainLength: 4) { Roles = roles }
            .Direct(3, "OPERATOR")
            .Direct(1, "Auditor")
            .Team("team-dev", 0, "DEVELOPER");

        var explained = scenario.Explain();

        Assert.Equal(scenario.OrganizationPermissions(), explained.Permissions);
        var bits = explained.Grants.Select(g => PermissionCatalogue.GetBit(g.Permission)).ToList();
        Assert.Equal(bits.Order(), bits);
        Assert.Equal(explained.Permissions.ToNames(), explained.Grants.Select(g => g.Permission).Distinct());
        Assert.Contains(new PermissionGrant("audit:view", "Auditor", GrantSource.Inherited, "org-1", null, null), explained.Grants);
    }
}
