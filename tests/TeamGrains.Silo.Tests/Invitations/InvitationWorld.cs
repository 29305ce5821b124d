using Dapper;
using Microsoft.Extensions.DependencyInjection;
using TeamGrains.Interfaces;
using TeamGrains.Interfaces.ApiKeys;
using TeamGrains.Interfaces.Invitations;
using TeamGrains.Interfaces.Organizations;
using TeamGrains.Interfaces.Teams;
using TeamGrains.Interfaces.Users;
using TeamGrains.Silo.Extensions;
using TeamGrains.Silo.Grains.Invitations;
using TeamGrains.Silo.Storage;
using TeamGrains.Silo.Tests.Infrastructure;

namespace TeamGrains.Silo.Tests.Invitations;

/// <summary>
/// One test's world: a silo node (or two over one database) with the domain, invitation and API-key grains,
/// a hand-moved clock, and helpers that build organization trees. Emails use a domain unique to the world,
/// so tests sharing a class database never see each other's users.
/// </summary>
public sealed class InvitationWorld : IAsyncDisposable
{
    private readonly List<TestSilo> _silos = [];

    private InvitationWorld(StorageOptions storage)
    {
        Storage = storage;
    }

    public StorageOptions Storage { get; }

    public ManualTimeProvider Time { get; } = new();

    /// <summary>A domain no other test uses, e.g. <c>d3f9a1c2.test</c>.</summary>
    public string Domain { get; } = Guid.NewGuid().ToString("N")[..8] + ".test";

    public TestSilo Silo => _silos[0];

    public static async Task<InvitationWorld> StartAsync(StorageOptions storage)
    {
        var world = new InvitationWorld(storage);
        await world.AddNodeAsync();
        return world;
    }

    /// <summary>Starts one more node over the same database (the first is <see cref="Silo"/>).</summary>
    public async Task<TestSilo> AddNodeAsync()
    {
        var silo = await TestSilo.StartAsync(Storage, services =>
        {
            services.AddSingleton<TimeProvider>(Time);
            services.AddTeamGrainsDomain();
            services.AddTeamGrainsInvitations(invitations => invitations.SweepInterval = TimeSpan.FromHours(1));
        });
        _silos.Add(silo);
        return silo;
    }

    public string Email(string localPart) => $"{localPart}@{Domain}";

    public IInvitationGrain Invitation(string id) => Silo.GetGrain<IInvitationGrain>(id);

    public IOrganizationGrain Organization(string id) => Silo.GetGrain<IOrganizationGrain>(id);

    public IUserGrain User(string id) => Silo.GetGrain<IUserGrain>(id);

    public IApiKeyGrain ApiKey(string id) => Silo.GetGrain<IApiKeyGrain>(id);

    public T Service<T>()
        where T : notnull
        => Silo.Services.GetRequiredService<T>();

    public Task<UserDto> SignUpAsync(string localPart)
        => Silo.GetGrain<IUserDirectoryGrain>(Email(localPart)).SignUpAsync(localPart);

    /// <summary>A root organization owned by <paramref name="ownerId"/>, with optional settings.</summary>
    public async Task<OrganizationDto> CreateRootAsync(string ownerId, int? seatLimit = null, IReadOnlyList<string>? allowedDomains = null, bool? sso = null)
    {
        var organization = await Organization(Ids.New()).CreateAsync(ownerId, "Acme", parentId: null);
        if (seatLimit is not null || allowedDomains is not null || sso is not null)
        {
            organization = await Organization(organization.Id).UpdateAsync(ownerId, new OrganizationUpdate(null, seatLimit, allowedDomains, sso));
        }

        return organization;
    }

    public Task<OrganizationDto> CreateChildAsync(string actorId, string parentId)
        => Organization(Ids.New()).CreateAsync(actorId, "Sub", parentId);

    public Task<TeamDto> CreateTeamAsync(string actorId, string organizationId, string? role = null)
        => Silo.GetGrain<ITeamGrain>(Ids.New()).CreateAsync(actorId, organizationId, "Team " + Guid.NewGuid().ToString("N")[..6], role);

    /// <summary>Signs a user up and makes them a direct member of the organization with the role.</summary>
    public async Task<UserDto> MemberAsync(string localPart, string organizationId, string role, string addedBy)
    {
        var user = await SignUpAsync(localPart);
        await Organization(organizationId).AddMemberAsync(addedBy, user.Id, role);
        return user;
    }

    public Task<IssuedInvitation> InviteAsync(string actorId, string organizationId, string email, string? role = null, IReadOnlyList<string>? teamIds = null)
        => Invitation(Ids.New()).CreateAsync(actorId, new InviteMemberRequest(organizationId, email, role, teamIds));

    /// <summary>Runs a query on the database directly (to assert on what is stored).</summary>
    public Task<T> QueryAsync<T>(string sql, object? parameters = null)
        => Silo.Storage.ReadAsync((tx, ct) => tx.Connection.ExecuteScalarAsync<T>(new CommandDefinition(sql, parameters, tx.Transaction, cancellationToken: ct)))!;

    public Task<int> CountAsync(string sql, object? parameters = null)
        => Silo.Storage.ReadAsync(async (tx, ct) => Convert.ToInt32(await tx.Connection.ExecuteScalarAsync<long>(
            new CommandDefinition(sql, parameters, tx.Transaction, cancellationToken: ct))));

    public async ValueTask DisposeAsync()
    {
        foreach (var silo in _silos)
        {
            await silo.DisposeAsync();
        }
    }
}
