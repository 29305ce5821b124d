using TeamGrains.Interfaces;
using TeamGrains.Interfaces.Organizations;
using TeamGrains.Interfaces.Permissions;
using TeamGrains.Interfaces.Users;
using TeamGrains.Silo.Tests.Infrastructure;

namespace TeamGrains.Silo.Tests.Grains;

/// <summary>Sign-up, the personal organization, profile and the directory's email rules.</summary>
public abstract class UserGrainTests(IStorageFixture database) : DomainTestBase(database)
{
    [StorageFact]
    public async Task SignUpCreatesTheUserWithAPersonalOrganizationTheyOwn()
    {
        var ada = await SignUpAsync("Ada");

        var personal = await Org(ada.PersonalOrganizationId).GetAsync(ada.Id);
        Assert.True(personal.IsPersonal);
        Assert.True(personal.IsRoot);
        Assert.Equal(ada.Id, personal.PersonalOwnerId);
        Assert.Equal(BuiltInRoles.Owner, await DirectRoleAsync(personal, ada, ada));
        Assert.True(await HasAsync(ada, personal, PermissionNames.OrganizationDelete));
        Assert.Equal(UserStatus.Active, ada.Status);
    }

    [StorageFact]
    public async Task SigningUpTwiceWithTheSameEmailInAnyCaseFindsTheSameUser()
    {
        var email = $"grace-{Guid.NewGuid():N}@example.com";
        var first = await Silo.GetGrain<IUserDirectoryGrain>(EmailAddress.Normalize(email)).SignUpAsync("Grace");
        var second = await Silo.GetGrain<IUserDirectoryGrain>(EmailAddress.Normalize("  " + email.ToUpperInvariant() + " ")).SignUpAsync("Other");

        Assert.Equal(first.Id, second.Id);
        Assert.Equal("Grace", second.DisplayName);
        Assert.Equal(email, second.Email);
    }

    [StorageFact]
    public async Task ConcurrentSignUpsOfOneEmailMakeOneUser()
    {
        var email = EmailAddress.Normalize($"race-{Guid.NewGuid():N}@example.com");
        await using var second = await StartSiloAsync();
        var users = await Task.WhenAll(
            Enumerable.Range(0, 6).Select(i => (i % 2 == 0 ? Silo : second).GetGrain<IUserDirectoryGrain>(email).SignUpAsync("Racer")));

        Assert.Single(users.Select(u => u.Id).Distinct());
    }

    [StorageFact]
    public async Task AMalformedEmailIsBadUserInput()
    {
        Assert.Equal(ErrorCodes.BadUserInput, Assert.Throws<TeamGrainsException>(() => EmailAddress.Normalize("not an email")).Code);
        await AssertFailsAsync(ErrorCodes.BadUserInput, () => Silo.GetGrain<IUserDirectoryGrain>("Not-Normalised@Example.com").SignUpAsync(null));
    }

    [StorageFact]
    public async Task OnlyTheUserChangesTheirProfileAndStrangersCannotSeeThem()
    {
        var ada = await SignUpAsync("Ada");
        var stranger = await SignUpAsync("Stranger");

        Assert.Equal("Countess", (await User(ada.Id).UpdateProfileAsync(ada.Id, "Countess")).DisplayName);
        await AssertFailsAsync(ErrorCodes.NotFound, () => User(ada.Id).UpdateProfileAsync(stranger.Id, "Hacked"));
        await AssertFailsAsync(ErrorCodes.NotFound, () => User(ada.Id).GetAsync(stranger.Id));
        Assert.Equal("Countess", (await User(ada.Id).GetAsync(ada.Id)).DisplayName);
    }

    [StorageFact]
    public async Task MembersOfOneOrganizationSeeEachOtherAndTheirSharedMemberships()
    {
        var owner = await SignUpAsync("Owner");
        var acme = await CreateRootAsync(owner);
        var member = await NewMemberAsync(acme, owner, BuiltInRoles.Viewer);

        Assert.Equal(member.Id, (await User(member.Id).GetAsync(owner.Id)).Id);
        var theirs = await User(member.Id).GetMembershipsAsync(owner.Id, new());
        Assert.Equal([acme.Id], theirs.Edges.Select(e => e.Node.OrganizationId));
        var own = await User(member.Id).GetMembershipsAsync(member.Id, new());
        Assert.Equal(2, own.TotalCount);
    }
}
