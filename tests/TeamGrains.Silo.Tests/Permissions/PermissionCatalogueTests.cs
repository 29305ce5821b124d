using TeamGrains.Interfaces;
using TeamGrains.Interfaces.Permissions;

namespace TeamGrains.Silo.Tests.Permissions;

public sealed class PermissionCatalogueTests
{
    private static readonly string[] s_organizationOrder =
    [
        "members:view", "usage:view", "marketplace:view", "apps:view", "runs:view", "experiments:view",
        "runs:create", "experiments:create", "instances:edit", "apikeys:create", "endpoints:view",
        "apps:create", "apps:push", "versions:create", "cli:use", "secrets:read",
        "instances:lock", "members:manage", "roles:assign", "teams:manage", "organization:manage", "audit:view",
        "plan:manage", "ownership:transfer", "organization:delete",
    ];

    private static readonly string[] s_resourceOrder = ["app:view", "app:edit", "secrets:read", "secrets:write", "app:delete", "app:share"];

    [Fact]
    public void OrganizationPermissionsFollowTheContractTable()
    {
        Assert.Equal(s_organizationOrder, PermissionCatalogue.OrganizationPermissions.Select(p => p.Name));
    }

    [Fact]
    public void ResourcePermissionsFollowTheContractTable()
    {
        Assert.Equal(s_resourceOrder, PermissionCatalogue.ResourcePermissions.Select(p => p.Name));
    }

    [Fact]
    public void SecretsReadIsOnePermissionInBothScopes()
    {
        Assert.Equal(30, PermissionCatalogue.Count);
        var secretsRead = PermissionCatalogue.Get(PermissionCatalogue.GetBit("secrets:read"));
        Assert.Equal(PermissionScope.Organization | PermissionScope.Resource, secretsRead.Scope);
        Assert.Equal("DEVELOPER", secretsRead.LowestBuiltInRole);
        Assert.Equal(AccessLevel.Contributor, secretsRead.LowestAccessLevel);
    }

    [Fact]
    public void BitsAreDistinctAndFollowCatalogueOrder()
    {
        var all = PermissionCatalogue.All;
        Assert.Equal(Enumerable.Range(0, all.Length), all.Select(p => p.Bit));
        Assert.Equal(all.Length, all.Select(p => p.Name).Distinct().Count());
        Assert.Equal(s_organizationOrder.Concat(s_resourceOrder).Distinct(), all.Select(p => p.Name));
    }

    [Fact]
    public void NameLookupAcceptsStringsAndSpans()
    {
        foreach (var permission in PermissionCatalogue.All)
        {
            Assert.True(PermissionCatalogue.TryGetBit(permission.Name, out var bit));
            Assert.Equal(permission.Bit, bit);
            Assert.True(PermissionCatalogue.TryGetBit(("x" + permission.Name).AsSpan(1), out bit));
            Assert.Equal(permission.Bit, bit);
        }

        Assert.False(PermissionCatalogue.TryGetBit("apps:fly", out _));
        Assert.False(PermissionCatalogue.TryGetBit("APPS:VIEW", out _));
    }

    [Fact]
    public void UnknownPermissionIsBadUserInput()
    {
        var error = Assert.Throws<TeamGrainsException>(() => PermissionCatalogue.GetBit("apps:fly"));
        Assert.Equal(ErrorCodes.BadUserInput, error.Code);
    }

    [Fact]
    public void EveryPermissionHasADescriptionAndAGrantor()
    {
        Assert.All(PermissionCatalogue.All, p =>
        {
            Assert.False(string.IsNullOrWhiteSpace(p.Description));
            Assert.True(p.LowestBuiltInRole is not null || p.LowestAccessLevel is not null);
        });
    }

    [Fact]
    public void ScopeMasksPartitionTheCatalogue()
    {
        Assert.Equal(25, PermissionCatalogue.OrganizationScope.Count);
        Assert.Equal(6, PermissionCatalogue.ResourceScope.Count);
        Assert.Equal(PermissionCatalogue.Everything, PermissionCatalogue.OrganizationScope | PermissionCatalogue.ResourceScope);
        Assert.Equal(["secrets:read"], (PermissionCatalogue.OrganizationScope & PermissionCatalogue.ResourceScope).ToNames());
    }
}
