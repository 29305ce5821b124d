using TeamGrains.Interfaces;
using TeamGrains.Interfaces.Permissions;

namespace TeamGrains.Silo.Tests.Permissions;

public sealed class PermissionSetTests
{
    [Fact]
    public void ContainsByNameAndBit()
    {
        var set = PermissionSet.Of("apps:view", "audit:view");

        Assert.True(set.Contains("apps:view"));
        Assert.True(set.Contains(PermissionCatalogue.GetBit("audit:view")));
        Assert.False(set.Contains("apps:create"));
        Assert.False(set.Contains("not:a-permission"));
        Assert.Equal(2, set.Count);
    }

    [Fact]
    public void SetAlgebra()
    {
        var a = PermissionSet.Of("apps:view", "runs:view");
        var b = PermissionSet.Of("runs:view", "cli:use");

        Assert.Equal(PermissionSet.Of("apps:view", "runs:view", "cli:use"), a.Union(b));
        Assert.Equal(PermissionSet.Of("apps:view"), a.Except(b));
        Assert.Equal(PermissionSet.Of("runs:view"), a.Intersect(b));
        Assert.True(PermissionSet.Of("runs:view").IsSubsetOf(a));
        Assert.False(a.IsSubsetOf(b));
        Assert.True(a.ContainsAll(PermissionSet.Of("apps:view")));
        Assert.True(PermissionSet.Empty.IsSubsetOf(b));
        Assert.True(PermissionSet.Empty.IsEmpty);
    }

    [Fact]
    public void EnumeratesNamesInCatalogueOrder()
    {
        var set = PermissionSet.Of("app:share", "organization:delete", "members:view", "secrets:read");

        Assert.Equal(["members:view", "secrets:read", "organization:delete", "app:share"], set.ToNames());
        Assert.Equal(set.ToNames(), set.ToArray());
    }

    [Fact]
    public void UnknownNameIsBadUserInput()
    {
        var error = Assert.Throws<TeamGrainsException>(() => PermissionSet.FromNames(["apps:view", "apps:fly"]));

        Assert.Equal(ErrorCodes.BadUserInput, error.Code);
        Assert.Contains("apps:fly", error.Message, StringComparison.Ordinal);
    }
}
