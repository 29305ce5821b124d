using TeamGrains.Interfaces;
using TeamGrains.Interfaces.Organizations;
using TeamGrains.Interfaces.Resources;
using TeamGrains.Interfaces.Teams;
using TeamGrains.Interfaces.Users;
using TeamGrains.Silo.Extensions;
using TeamGrains.Silo.Tests.Infrastructure;

namespace TeamGrains.Silo.Tests.Grains;

/// <summary>
/// Base of the domain suites: one silo with the domain grains per test, over the class's database
/// (SQLite or PostgreSQL, chosen by the concrete subclass). Tests isolate themselves by signing up
/// fresh users (unique emails) and creating their own organizations.
/// </summary>
public abstract class DomainTestBase(IStorageFixture database) : IAsyncLifetime
{
    protected IStorageFixture Database { get; } = database;

    protected TestSilo Silo { get; private set; } = null!;

    public async Task InitializeAsync() => Silo = await StartSiloAsync();

    public async Task DisposeAsync() => await Silo.DisposeAsync();

    protected Task<TestSilo> StartSiloAsync() => TestSilo.StartAsync(Database.Storage, services => services.AddTeamGrainsDomain());

    protected IUserGrain User(string id) => Silo.GetGrain<IUserGrain>(id);

    protected IOrganizationGrain Org(string id) => Silo.GetGrain<IOrganizationGrain>(id);

    protected ITeamGrain Team(string id) => Silo.GetGrain<ITeamGrain>(id);

    protected IResourceGrain Resource(string id) => Silo.GetGrain<IResourceGrain>(id);

    protected Task<UserDto> SignUpAsync(string name)
        => Silo.GetGrain<IUserDirectoryGrain>(EmailAddress.Normalize($"{name}-{Guid.NewGuid():N}@example.com")).SignUpAsync(name);

    protected Task<OrganizationDto> CreateRootAsync(UserDto owner, string name = "Acme")
        => Org(Ids.New()).CreateAsync(owner.Id, name, null);

    protected Task<OrganizationDto> CreateSubAsync(UserDto actor, OrganizationDto parent, string name = "Sub")
        => Org(Ids.New()).CreateAsync(actor.Id, name, parent.Id);

    /// <summary>Signs up a new user and adds them to the organization with the role.</summary>
    protected async Task<UserDto> NewMemberAsync(OrganizationDto organization, UserDto actor, string role, string name = "member")
    {
        var user = await SignUpAsync(name);
        await Org(organization.Id).AddMemberAsync(actor.Id, user.Id, role);
        return user;
    }

    protected Task<bool> HasAsync(UserDto user, OrganizationDto organization, string permission, string? resourceId = null)
        => User(user.Id).CheckPermissionAsync(user.Id, organization.Id, permission, resourceId);

    protected async Task<IReadOnlyList<string>> PermissionsAsync(UserDto user, OrganizationDto organization, string? resourceId = null)
        => (await User(user.Id).GetEffectivePermissionsAsync(user.Id, organization.Id, resourceId)).Permissions;

    protected async Task<string?> DirectRoleAsync(OrganizationDto organization, UserDto owner, UserDto member)
        => (await Org(organization.Id).GetMembersAsync(owner.Id, new(500), member.Email)).Edges
            .Select(e => e.Node)
            .FirstOrDefault(m => m.User.Id == member.Id && m.Source == MembershipSource.Direct)?.Role;

    /// <summary>Runs <paramref name="action"/>, which must fail with the contract code; returns the failure.</summary>
    protected static async Task<TeamGrainsException> AssertFailsAsync(string code, Func<Task> action)
    {
        var failure = await Assert.ThrowsAsync<TeamGrainsException>(action);
        Assert.Equal(code, failure.Code);
        return failure;
    }
}
