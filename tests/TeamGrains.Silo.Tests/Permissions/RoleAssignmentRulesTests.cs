using TeamGrains.Interfaces;
using TeamGrains.Interfaces.Permissions;
using TeamGrains.Silo.Permissions;

namespace TeamGrains.Silo.Tests.Permissions;

public sealed class RoleAssignmentRulesTests
{
    private static readonly PermissionSet s_admin = BuiltInRoles.AdminRole.Permissions;
    private static readonly PermissionSet s_owner = BuiltInRoles.OwnerRole.Permissions;

    [Fact]
    public void CannotGrantARoleHoldingAPermissionYouLack()
    {
        var roles = RoleCatalogue.BuiltInOnly.WithCustomRole("Biller", ["plan:manage"]);

        Assert.True(RoleAssignmentRules.CanGrantRole(s_admin, BuiltInRoles.AdminRole));
        Assert.False(RoleAssignmentRules.CanGrantRole(s_admin, BuiltInRoles.OwnerRole));
        Assert.False(RoleAssignmentRules.CanGrantRole(s_admin, roles.Get("Biller")));
        Assert.True(RoleAssignmentRules.CanGrantRole(s_owner, roles.Get("Biller")));
    }

    [Fact]
    public void RoleChangeNeedsRolesAssignAndNamesTheMissingPermission()
    {
        var result = RoleAssignmentRules.CheckRoleChange(BuiltInRoles.DeveloperRole.Permissions, "VIEWER", BuiltInRoles.ViewerRole);

        Assert.False(result.IsAllowed);
        Assert.Equal(ErrorCodes.Forbidden, result.Code);
        Assert.Equal("roles:assign", result.MissingPermission);
        Assert.Contains("roles:assign", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AdminChangesNonOwnerRolesUpToAdmin()
    {
        Assert.True(RoleAssignmentRules.CheckRoleChange(s_admin, "VIEWER", BuiltInRoles.AdminRole).IsAllowed);
        Assert.True(RoleAssignmentRules.CheckRoleChange(s_admin, "ADMIN", BuiltInRoles.NoneRole).IsAllowed);
    }

    [Theory]
    [InlineData("OWNER", "ADMIN")]
    [InlineData("ADMIN", "OWNER")]
    [InlineData("owner", "VIEWER")]
    public void RolesAssignNeverTouchesAnOwnerMembership(string current, string next)
    {
        var withRolesAssignOnly = s_admin;
        var result = RoleAssignmentRules.CheckRoleChange(withRolesAssignOnly, current, RoleCatalogue.BuiltInOnly.Get(next));

        Assert.Equal("ownership:transfer", result.MissingPermission);
        Assert.True(RoleAssignmentRules.CheckRoleChange(s_owner, current, RoleCatalogue.BuiltInOnly.Get(next)).IsAllowed);
    }

    [Fact]
    public void CustomRoleWithOwnershipTransferButWithoutTheRestCannotGrantOwner()
    {
        var actor = PermissionSet.Of("ownership:transfer", "roles:assign");

        var result = RoleAssignmentRules.CheckRoleChange(actor, "VIEWER", BuiltInRoles.OwnerRole);

        Assert.Equal(ErrorCodes.Forbidden, result.Code);
        Assert.NotEqual("ownership:transfer", result.MissingPermission);
    }

    [Fact]
    public void InvitingNeedsMembersManageAndAGrantableRole()
    {
        var inviter = PermissionSet.Of("members:manage") | BuiltInRoles.OperatorRole.Permissions;

        Assert.True(RoleAssignmentRules.CheckGrant(inviter, BuiltInRoles.ViewerRole).IsAllowed);
        Assert.Equal("apps:create", RoleAssignmentRules.CheckGrant(inviter, BuiltInRoles.DeveloperRole).MissingPermission);
        Assert.Equal("members:manage", RoleAssignmentRules.CheckGrant(BuiltInRoles.DeveloperRole.Permissions, BuiltInRoles.ViewerRole).MissingPermission);
        Assert.Equal("ownership:transfer", RoleAssignmentRules.CheckGrant(s_admin, BuiltInRoles.OwnerRole).MissingPermission);
        Assert.True(RoleAssignmentRules.CheckGrant(s_owner, BuiltInRoles.OwnerRole).IsAllowed);
    }

    [Fact]
    public void RemovingAnOwnerNeedsOwnershipTransfer()
    {
        Assert.True(RoleAssignmentRules.CheckMemberRemoval(s_admin, "DEVELOPER").IsAllowed);
        Assert.Equal("ownership:transfer", RoleAssignmentRules.CheckMemberRemoval(s_admin, "OWNER").MissingPermission);
        Assert.Equal("members:manage", RoleAssignmentRules.CheckMemberRemoval(BuiltInRoles.ViewerRole.Permissions, "VIEWER").MissingPermission);
        Assert.True(RoleAssignmentRules.CheckMemberRemoval(s_owner, "OWNER").IsAllowed);
    }

    [Fact]
    public void ThrowIfDeniedCarriesTheContractCode()
    {
        var denied = RoleAssignmentRules.CheckMemberRemoval(PermissionSet.Empty, "VIEWER");

        var error = Assert.Throws<TeamGrainsException>(denied.ThrowIfDenied);
        Assert.Equal(ErrorCodes.Forbidden, error.Code);
        AuthorizationResult.Allowed.ThrowIfDenied();
    }

    [Fact]
    public void RequireNamesTheMissingPermission()
    {
        Assert.True(AuthorizationResult.Require(s_admin, "audit:view").IsAllowed);
        var denied = AuthorizationResult.Require(s_admin, "plan:manage");
        Assert.Equal(ErrorCodes.Forbidden, denied.Code);
        Assert.Contains("plan:manage", denied.Message, StringComparison.Ordinal);
    }
}
