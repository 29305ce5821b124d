using Microsoft.Extensions.DependencyInjection;
using TeamGrains.Interfaces;
using TeamGrains.Interfaces.Organizations;
using TeamGrains.Interfaces.Permissions;
using TeamGrains.Interfaces.Runtime;
using TeamGrains.Interfaces.Users;
using TeamGrains.Silo.Extensions;
using TeamGrains.Silo.Grains.Shared;
using TeamGrains.Silo.Runtime;
using TeamGrains.Silo.Tests.Infrastructure;
using TeamGrains.Silo.Tests.Runtime.TestGrains;

namespace TeamGrains.Silo.Tests.Permissions;

/// <summary>
/// A user grain caches organization lineages until a change to one of their organizations bumps its epoch.
/// These tests commit such a change at the worst moment, deterministically, and check that the user's next
/// answer sees it: (1) between the lineage read and the watches on its organizations (the read is held by
/// <see cref="LineageHoldingGrainFactory"/>); (2) at the instant the change is published, when the writing
/// organization grain must already answer with its new state.
/// </summary>
public abstract class LineageCacheRaceTests(IStorageFixture database) : IAsyncLifetime
{
    private readonly GrainProbe _probe = new();
    private TestSilo _silo = null!;
    private LineageHoldingGrainFactory _factory = null!;

    public async Task InitializeAsync()
    {
        _silo = await TestSilo.StartAsync(database.Storage, services => services
            .AddTeamGrainsDomain()
            .AddSingleton<GrainFactory>()
            .AddSingleton(sp => new LineageHoldingGrainFactory(sp.GetRequiredService<GrainFactory>(), _probe))
            .AddSingleton<IGrainFactory>(sp => sp.GetRequiredService<LineageHoldingGrainFactory>()));
        _factory = _silo.Services.GetRequiredService<LineageHoldingGrainFactory>();
    }

    public async Task DisposeAsync() => await _silo.DisposeAsync();

    [StorageFact]
    public async Task ARoleRedefinedWhileAMembersLineageReadIsInFlightReachesTheirNextCheck()
    {
        var (owner, root, sub) = await TreeAsync();
        await Org(root.Id).DefineRoleAsync(owner.Id, "auditor", [PermissionNames.MembersView]);
        var member = await SignUpAsync("Member");
        await Org(sub.Id).AddMemberAsync(owner.Id, member.Id, "auditor");

        // The member's first read of the sub-organization's lineage takes the root's roles, then waits.
        _factory.HoldNextRead(sub.Id);
        var overlapping = CanAuditAsync(member, sub);
        await _probe.Reached(LineageHoldingGrainFactory.Gate(sub.Id));
        await Org(root.Id).DefineRoleAsync(owner.Id, "auditor", [PermissionNames.MembersView, PermissionNames.AuditView]);
        _probe.Open(LineageHoldingGrainFactory.Gate(sub.Id));
        await overlapping;

        Assert.True(await CanAuditAsync(member, sub));
    }

    [StorageFact]
    public async Task AMoveCommittedWhileAMembersLineageReadIsInFlightReachesTheirNextCheck()
    {
        var (owner, root, from) = await TreeAsync();
        var to = await Org(Ids.New()).CreateAsync(owner.Id, "To", root.Id);
        var moving = await Org(Ids.New()).CreateAsync(owner.Id, "Moving", from.Id);
        var member = await SignUpAsync("Member");
        await Org(from.Id).AddMemberAsync(owner.Id, member.Id, BuiltInRoles.Viewer);

        _factory.HoldNextRead(moving.Id);
        var overlapping = User(member).GetAccessAsync(moving.Id);
        await _probe.Reached(LineageHoldingGrainFactory.Gate(moving.Id));
        await Org(moving.Id).MoveAsync(owner.Id, to.Id);
        _probe.Open(LineageHoldingGrainFactory.Gate(moving.Id));
        await overlapping;

        // Inherited from "from" only: after the move the member is no member of the moved organization.
        Assert.False((await User(member).GetAccessAsync(moving.Id)).IsMember);
    }

    [StorageFact]
    public async Task WhoeverHearsOfAMoveReadsTheNewChainFromTheMovedOrganization()
    {
        var (owner, root, from) = await TreeAsync();
        var to = await Org(Ids.New()).CreateAsync(owner.Id, "To", root.Id);
        var moving = await Org(Ids.New()).CreateAsync(owner.Id, "Moving", from.Id);
        var member = await SignUpAsync("Member");
        await Org(from.Id).AddMemberAsync(owner.Id, member.Id, BuiltInRoles.Viewer);
        Assert.True((await User(member).GetAccessAsync(moving.Id)).IsMember);

        // Read at the instant the move is published on this node, as a user grain whose epoch it bumps would.
        var heard = ReadAtPublication(DomainGrainIds.Organization(moving.Id), () => Org(moving.Id).GetLineageAsync());
        var asked = ReadAtPublication(DomainGrainIds.Organization(moving.Id), () => User(member).GetAccessAsync(moving.Id));
        await Org(moving.Id).MoveAsync(owner.Id, to.Id);

        Assert.Equal(new[] { moving.Id, to.Id, root.Id }, (await await heard)!.Chain.OrganizationIds.ToArray());
        await await asked;
        Assert.False((await User(member).GetAccessAsync(moving.Id)).IsMember);
    }

    [StorageFact]
    public async Task WhoeverHearsOfARoleChangeReadsTheNewRolesFromTheRoot()
    {
        var (owner, root, sub) = await TreeAsync();
        await Org(root.Id).DefineRoleAsync(owner.Id, "auditor", [PermissionNames.MembersView]);
        var member = await SignUpAsync("Member");
        await Org(sub.Id).AddMemberAsync(owner.Id, member.Id, "auditor");
        Assert.False(await CanAuditAsync(member, sub));

        var heard = ReadAtPublication(DomainGrainIds.Organization(root.Id), () => Org(root.Id).GetLineageAsync());
        var asked = ReadAtPublication(DomainGrainIds.Organization(root.Id), () => User(member).GetAccessAsync(sub.Id));
        await Org(root.Id).DefineRoleAsync(owner.Id, "auditor", [PermissionNames.MembersView, PermissionNames.AuditView]);

        Assert.True((await await heard)!.Roles.Get("auditor").Permissions.Contains(PermissionNames.AuditView));
        await await asked;
        Assert.True(await CanAuditAsync(member, sub));
    }

    /// <summary>Calls <paramref name="read"/> synchronously from the change feed when <paramref name="grain"/>'s next change is published.</summary>
    private Task<Task<T>> ReadAtPublication<T>(GrainId grain, Func<Task<T>> read)
    {
        var started = new TaskCompletionSource<Task<T>>(TaskCreationOptions.RunContinuationsAsynchronously);
        IDisposable? subscription = null;
        subscription = _silo.ChangeFeed.Subscribe(change =>
        {
            if (change.Grain == grain && !started.Task.IsCompleted)
            {
                started.TrySetResult(read());
                subscription?.Dispose();
            }
        });
        return started.Task;
    }

    private async Task<(UserDto Owner, OrganizationDto Root, OrganizationDto Sub)> TreeAsync()
    {
        var owner = await SignUpAsync("Owner");
        var root = await Org(Ids.New()).CreateAsync(owner.Id, "Acme", null);
        var sub = await Org(Ids.New()).CreateAsync(owner.Id, "Lab", root.Id);
        return (owner, root, sub);
    }

    private Task<bool> CanAuditAsync(UserDto user, OrganizationDto organization)
        => User(user).CheckPermissionAsync(user.Id, organization.Id, PermissionNames.AuditView);

    private Task<UserDto> SignUpAsync(string name)
        => _silo.GetGrain<IUserDirectoryGrain>(EmailAddress.Normalize($"{name}-{Guid.NewGuid():N}@example.com")).SignUpAsync(name);

    private IOrganizationGrain Org(string id) => _silo.GetGrain<IOrganizationGrain>(id);

    private IUserGrain User(UserDto user) => _silo.GetGrain<IUserGrain>(user.Id);
}
