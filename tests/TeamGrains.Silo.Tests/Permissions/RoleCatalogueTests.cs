using TeamGrains.Interfaces;
using TeamGrains.Interfaces.Permissions;

namespace TeamGrains.Silo.Tests.Permissions;

public sealed class RoleCatalogueTests
{
    [Fact]
    public void CustomRoleHoldsExactlyItsPermissions()
    {
        var roles = RoleCatalogue.BuiltInOnly.WithCustomRole("Creator", ["apps:create", "apps:push", "app:view"]);

        var permissions = new PermissionScenario { Roles = roles }.Direct(0, "Creator").OrganizationPermissions();

        Assert.Equal(["apps:create", "apps:push", "app:view"], permissions.ToNames());
    }

    [Fact]
    public void CustomRoleNamesResolveCaseInsensitivelyAndKeepTheirCase()
    {
        var roles = RoleCatalogue.BuiltInOnly.WithCustomRole("  Module Reader ", ["apps:view"]);

        Assert.Equal("Module Reader", roles.Get("module reader").Name);
        Assert.False(roles.Get("MODULE READER").IsBuiltIn);
    }

    [Theory]
    [InlineData("VIEWER")]
    [InlineData("viewer")]
    [InlineData(" Owner ")]
    [InlineData("none")]
    public void CustomRoleCannotShadowABuiltInName(string name)
    {
        var error = Assert.Throws<TeamGrainsException>(() => RoleCatalogue.BuiltInOnly.WithCustomRole(name, ["apps:view"]));

        Assert.Equal(ErrorCodes.BadUserInput, error.Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void CustomRoleNeedsAName(string? name)
    {
        var error = Assert.Throws<TeamGrainsException>(() => RoleCatalogue.BuiltInOnly.WithCustomRole(name, ["apps:view"]));

        Assert.Equal(ErrorCodes.BadUserInput, error.Code);
    }

    [Fact]
    public void CustomRoleNameIsLimitedInLength()
    {
        var error = Assert.Throws<TeamGrainsException>(
            () => RoleCatalogue.BuiltInOnly.WithCustomRole(new string('r', RoleCatalogue.MaxRoleNameLength + 1), []));

        Assert.Equal(ErrorCodes.BadUserInput, error.Code);
    }

    [Fact]
    public void CustomRolePermissionsMustBeInTheCatalogue()
    {
        var error = Assert.Throws<TeamGrainsException>(() => RoleCatalogue.BuiltInOnly.WithCustomRole("Pilot", ["apps:fly"]));

        Assert.Equal(ErrorCodes.BadUserInput, error.Code);
    }

    [Fact]
    public void CustomRoleNamesAreUniqueCaseInsensitively()
    {
        var roles = RoleCatalogue.BuiltInOnly.WithCustomRole("Creator", ["apps:create"]);

        var error = Assert.Throws<TeamGrainsException>(() => roles.WithCustomRole("CREATOR", ["apps:view"], replaceExisting: false));
        Assert.Equal(ErrorCodes.BadUserInput, error.Code);
        Assert.Throws<TeamGrainsException>(() => RoleCatalogue.Create(
        [
            new("Creator", ["apps:create"]),
            new("creator", ["apps:view"]),
        ]));
    }

    [Fact]
    public void RedefiningReplacesThePermissionsAndKeepsOneRole()
    {
        var roles = RoleCatalogue.BuiltInOnly
            .WithCustomRole("Creator", ["apps:create"])
            .WithCustomRole("creator", ["apps:view"]);

        var role = Assert.Single(roles.CustomRoles);
        Assert.Equal("Creator", role.Name);
        Assert.Equal(PermissionSet.Of("apps:view"), role.Permissions);
    }

    [Fact]
    public void DeletingACustomRoleRemovesItAndBuiltInsCannotBeDeleted()
    {
        var roles = RoleCatalogue.BuiltInOnly.WithCustomRole("Creator", ["apps:create"]).WithoutCustomRole("creator");

        Assert.False(roles.Contains("Creator"));
        Assert.Equal(ErrorCodes.BadUserInput, Assert.Throws<TeamGrainsException>(() => roles.WithoutCustomRole("ADMIN")).Code);
        Assert.Equal(ErrorCodes.NotFound, Assert.Throws<TeamGrainsException>(() => roles.WithoutCustomRole("Ghost")).Code);
    }

    [Fact]
    public void UnknownRoleIsBadUserInput()
    {
        Assert.Equal(ErrorCodes.BadUserInput, Assert.Throws<TeamGrainsException>(() => RoleCatalogue.BuiltInOnly.Get("SUPERUSER")).Code);
    }

    [Theory]
    [InlineData("viewer", "VIEWER")]
    [InlineData(" Owner", "OWNER")]
    [InlineData("Creator ", "Creator")]
    public void NormalizeNameUpperCasesBuiltInsOnly(string given, string expected)
    {
        Assert.Equal(expected, RoleCatalogue.NormalizeName(given));
    }

    [Fact]
    public void AllListsBuiltInsFirstThenCustomRolesByName()
    {
        var roles = RoleCatalogue.BuiltInOnly.WithCustomRole("Zeta", []).WithCustomRole("alpha", []);

        Assert.Equal(["NONE", "VIEWER", "OPERATOR", "DEVELOPER", "ADMIN", "OWNER", "alpha", "Zeta"], roles.All.Select(r => r.Name));
    }

    [Fact]
    public void ADeletedCustomRoleStillHeldByAMemberGrantsNothing()
    {
        var scenario = new PermissionScenario { Roles = RoleCatalogue.BuiltInOnly }.Direct(0, "Creator");

        Assert.True(scenario.OrganizationPermissions().IsEmpty);
    }
}
