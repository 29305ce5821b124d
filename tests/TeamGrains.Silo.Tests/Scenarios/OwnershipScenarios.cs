using TeamGrains.Interfaces;
using TeamGrains.Interfaces.Permissions;
using TeamGrains.Silo.Tests.Grains;
using TeamGrains.Silo.Tests.Infrastructure;

namespace TeamGrains.Silo.Tests.Scenarios;

/// <summary>The OWNER invariants: a root keeps an active OWNER; only ownership:transfer touches OWNER; personal organizations stay.</summary>
public abstract class OwnershipScenarios(IStorageFixture database) : DomainTestBase(database)
{
    [StorageFact]
    public async Task TheLastOwnerCannotLeaveBeDemotedRemovedOrDeactivated()
    {
        var owner = await SignUpAsync("Owner");
        var acme = await CreateRootAsync(owner);
        var admin = await NewMemberAsync(acme, owner, BuiltInRoles.Admin, "admin");

        await AssertFailsAsync(ErrorCodes.LastOwner, () => Org(acme.Id).LeaveAsync(owner.Id));
        await AssertFailsAsync(ErrorCodes.LastOwner, () => Org(acme.Id).ChangeMemberRoleAsync(owner.Id, owner.Id, BuiltInRoles.Admin));
        await AssertFailsAsync(ErrorCodes.LastOwner, () => Org(acme.Id).RemoveMemberAsync(owner.Id, owner.Id));
        await AssertFailsAsync(ErrorCodes.LastOwner, () => User(owner.Id).DeactivateAsync(owner.Id, acme.Id));

        Assert.Equal(BuiltInRoles.Owner, await DirectRoleAsync(acme, owner, owner));
        Assert.True(await HasAsync(owner, acme, PermissionNames.OwnershipTransfer));
        Assert.Equal(Interfaces.Users.UserStatus.Active, (await User(owner.Id).GetAsync(admin.Id)).Status);
    }

    [StorageFact]
    public async Task WithASecondOwnerTheFirstMayLeave()
    {
        var owner = await SignUpAsync("Owner");
        var acme = await CreateRootAsync(owner);
        var second = await NewMemberAsync(acme, owner, BuiltInRoles.Owner, "second");

        await Org(acme.Id).LeaveAsync(owner.Id);

        await AssertFailsAsync(ErrorCodes.NotFound, () => Org(acme.Id).GetAsync(owner.Id));
        await AssertFailsAsync(ErrorCodes.LastOwner, () => Org(acme.Id).LeaveAsync(second.Id));
    }

    [StorageFact]
    public async Task AnAdminNeitherGrantsNorTakesOwner()
    {
        var owner = await SignUpAsync("Owner");
        var acme = await CreateRootAsync(owner);
        var admin = await NewMemberAsync(acme, owner, BuiltInRoles.Admin, "admin");
        var viewer = await NewMemberAsync(acme, owner, BuiltInRoles.Viewer, "viewer");

        var grant = await AssertFailsAsync(ErrorCodes.Forbidden, () => Org(acme.Id).ChangeMemberRoleAsync(admin.Id, viewer.Id, BuiltInRoles.Owner));
        Assert.Contains(PermissionNames.OwnershipTransfer, grant.Message, StringComparison.Ordinal);
        await AssertFailsAsync(ErrorCodes.Forbidden, () => Org(acme.Id).ChangeMemberRoleAsync(admin.Id, owner.Id, BuiltInRoles.Viewer));
        await AssertFailsAsync(ErrorCodes.Forbidden, () => Org(acme.Id).RemoveMemberAsync(admin.Id, owner.Id));
        await AssertFailsAsync(ErrorCodes.Forbidden, () => User(owner.Id).DeactivateAsync(admin.Id, acme.Id));

        Assert.Equal(BuiltInRoles.Developer, (await Org(acme.Id).ChangeMemberRoleAsync(admin.Id, viewer.Id, BuiltInRoles.Developer)).Role);
        Assert.Equal(BuiltInRoles.Owner, await DirectRoleAsync(acme, owner, owner));
    }

    [StorageFact]
    public async Task TheOwnerTransfersOwnershipAndThenStepsDown()
    {
        var owner = await SignUpAsync("Owner");
        var acme = await CreateRootAsync(owner);
        var heir = await NewMemberAsync(acme, owner, BuiltInRoles.Admin, "heir");

        await Org(acme.Id).ChangeMemberRoleAsync(owner.Id, heir.Id, BuiltInRoles.Owner);
        await Org(acme.Id).ChangeMemberRoleAsync(heir.Id, owner.Id, BuiltInRoles.Admin);

        Assert.Equal(BuiltInRoles.Admin, await DirectRoleAsync(acme, heir, owner));
        Assert.False(await HasAsync(owner, acme, PermissionNames.OwnershipTransfer));
        Assert.True(await HasAsync(heir, acme, PermissionNames.OwnershipTransfer));
    }

    [StorageFact]
    public async Task APersonalOrganizationCanBeNeitherLeftNorDeleted()
    {
        var ada = await SignUpAsync("Ada");
        var personal = await Org(ada.PersonalOrganizationId).GetAsync(ada.Id);
        var partner = await NewMemberAsync(personal, ada, BuiltInRoles.Owner, "partner");

        await AssertFailsAsync(ErrorCodes.BadUserInput, () => Org(personal.Id).LeaveAsync(ada.Id));
        await AssertFailsAsync(ErrorCodes.BadUserInput, () => Org(personal.Id).RemoveMemberAsync(partner.Id, ada.Id));
        await AssertFailsAsync(ErrorCodes.BadUserInput, () => Org(personal.Id).DeleteAsync(ada.Id));
        await AssertFailsAsync(ErrorCodes.BadUserInput, () => Org(personal.Id).ChangeMemberRoleAsync(partner.Id, ada.Id, BuiltInRoles.Admin));

        Assert.Equal(BuiltInRoles.Owner, await DirectRoleAsync(personal, ada, ada));
    }

    [StorageFact]
    public async Task ADeactivatedUserHoldsNothingUntilActivated()
    {
        var owner = await SignUpAsync("Owner");
        var acme = await CreateRootAsync(owner);
        var dev = await NewMemberAsync(acme, owner, BuiltInRoles.Developer, "dev");

        await User(dev.Id).DeactivateAsync(owner.Id, acme.Id);
        Assert.Empty(await PermissionsAsync(dev, acme));
        Assert.Equal(BuiltInRoles.Developer, await DirectRoleAsync(acme, owner, dev));

        await User(dev.Id).ActivateAsync(owner.Id, acme.Id);
        Assert.True(await HasAsync(dev, acme, PermissionNames.AppsPush));
    }

    [StorageFact]
    public async Task ADeactivatedOwnerDoesNotCountAsTheRemainingOwner()
    {
        var owner = await SignUpAsync("Owner");
        var acme = await CreateRootAsync(owner);
        var second = await NewMemberAsync(acme, owner, BuiltInRoles.Owner, "second");

        await User(second.Id).DeactivateAsync(owner.Id, acme.Id);

        await AssertFailsAsync(ErrorCodes.LastOwner, () => Org(acme.Id).LeaveAsync(owner.Id));
        await AssertFailsAsync(ErrorCodes.LastOwner, () => User(owner.Id).DeactivateAsync(owner.Id, acme.Id));
    }
}
