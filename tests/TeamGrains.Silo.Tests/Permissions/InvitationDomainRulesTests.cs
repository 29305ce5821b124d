using TeamGrains.Interfaces;
using TeamGrains.Interfaces.Permissions;
using TeamGrains.Silo.Permissions;

namespace TeamGrains.Silo.Tests.Permissions;

public sealed class InvitationDomainRulesTests
{
    private static readonly string[] s_allowed = ["example.com", "@Partner.org "];
    private static readonly PermissionSet s_manager = PermissionSet.Of("members:manage") | BuiltInRoles.DeveloperRole.Permissions;

    [Theory]
    [InlineData("ann@example.com")]
    [InlineData(" Ann@EXAMPLE.com ")]
    [InlineData("bob@partner.org")]
    public void ManagerMayInviteAllowedDomains(string email)
    {
        Assert.True(InvitationDomainRules.CheckInvite(email, s_allowed, ssoEnabled: false, s_manager).IsAllowed);
    }

    [Theory]
    [InlineData("eve@elsewhere.net")]
    [InlineData("eve@sub.example.com")]
    public void ManagerWhoIsNotAdminMayNotInviteOtherDomains(string email)
    {
        var result = InvitationDomainRules.CheckInvite(email, s_allowed, ssoEnabled: false, s_manager);

        Assert.Equal(ErrorCodes.DomainNotAllowed, result.Code);
    }

    [Fact]
    public void AdminAndOwnerMayInviteAnyDomain()
    {
        Assert.True(InvitationDomainRules.CheckInvite("eve@elsewhere.net", s_allowed, false, BuiltInRoles.AdminRole.Permissions).IsAllowed);
        Assert.True(InvitationDomainRules.CheckInvite("eve@elsewhere.net", s_allowed, false, BuiltInRoles.OwnerRole.Permissions).IsAllowed);
    }

    [Fact]
    public void WithoutAllowedDomainsAnyDomainIsFine()
    {
        Assert.True(InvitationDomainRules.CheckInvite("eve@elsewhere.net", [], false, s_manager).IsAllowed);
    }

    [Fact]
    public void SsoOrganizationRefusesOutsideDomainsForEveryone()
    {
        var result = InvitationDomainRules.CheckInvite("eve@elsewhere.net", s_allowed, ssoEnabled: true, BuiltInRoles.OwnerRole.Permissions);

        Assert.Equal(ErrorCodes.DomainNotAllowed, result.Code);
        Assert.True(InvitationDomainRules.CheckInvite("ann@example.com", s_allowed, ssoEnabled: true, s_manager).IsAllowed);
        Assert.False(InvitationDomainRules.CheckInvite("ann@example.com", [], ssoEnabled: true, BuiltInRoles.OwnerRole.Permissions).IsAllowed);
    }

    [Theory]
    [InlineData("no-at-sign")]
    [InlineData("@example.com")]
    [InlineData("ann@")]
    [InlineData("")]
    public void MalformedEmailIsBadUserInput(string email)
    {
        Assert.Equal(ErrorCodes.BadUserInput, InvitationDomainRules.CheckInvite(email, s_allowed, false, s_manager).Code);
    }

    [Fact]
    public void AdministratorMeansHoldingEveryAdminPermission()
    {
        Assert.True(InvitationDomainRules.IsAdministrator(BuiltInRoles.AdminRole.Permissions));
        Assert.False(InvitationDomainRules.IsAdministrator(s_manager));
    }
}
