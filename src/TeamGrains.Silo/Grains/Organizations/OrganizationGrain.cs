using Dapper;
using TeamGrains.Interfaces;
using TeamGrains.Interfaces.Organizations;
using TeamGrains.Interfaces.Permissions;
using TeamGrains.Interfaces.Users;
using TeamGrains.Silo.Grains.Shared;
using TeamGrains.Silo.Runtime;
using TeamGrains.Silo.Storage;

namespace TeamGrains.Silo.Grains.Organizations;

/// <summary>
/// One organization: its place in the tree and its settings here; members, roles and lists in the partial
/// files. Decisions where the contract is silent: settings (seat limit, allowed domains, SSO) belong to the
/// root and sub-organizations report their root's; a root never moves and a sub-organization moves only
/// inside its tree (custom roles and seats are per tree); an organization with sub-organizations cannot be
/// deleted (delete the leaves first), nor can a personal organization.
/// </summary>
internal sealed partial class OrganizationGrain : Grain<OrganizationState>, IOrganizationGrain
{
    private readonly IStorage _storage;

    // Built when the state is assigned (never lazily by a reader: an [AlwaysInterleave] read racing a write's
    // apply could otherwise store the old chain after the apply cleared it, and serve it until the next move).
    private OrganizationChain? _chain;

    public OrganizationGrain(IStorage storage)
    {
        _storage = storage;
    }

    public async Task<OrganizationDto> CreateAsync(string actorUserId, string name, string? parentId, string? requestId = null)
    {
        if (State.Exists)
        {
            throw new TeamGrainsException(ErrorCodes.Conflict, "An organization with this id exists already.");
        }

        var trimmed = Names.Require(name, "Organization name");
        List<string> chain = [GrainKey];
        if (parentId is not null)
        {
            await ActorAccess.RequireAsync(GrainFactory, actorUserId, parentId, PermissionNames.OrganizationManage);
            var parent = await GrainFactory.GetGrain<IOrganizationGrain>(parentId).GetLineageAsync() ?? throw Errors.NotFound("Organization");
            chain.AddRange(parent.Chain.OrganizationIds);
        }
        else if ((await GrainFactory.GetGrain<IUserGrain>(actorUserId).FindAsync())?.Status != UserStatus.Active)
        {
            throw Errors.NotFound("User");
        }

        var state = new OrganizationState
        {
            Exists = true, Id = GrainKey, Name = trimmed, ParentId = parentId, RootId = chain[^1], CreatedAt = UnixTime.Now(), Chain = chain,
        };
        if (parentId is null)
        {
            state.Members[actorUserId] = new DirectMember(actorUserId, BuiltInRoles.Owner, state.CreatedAt, null);
        }

        await WriteStateAsync("organization.created", async (tx, ct) =>
        {
            await tx.Connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO organizations (id, name, parent_id, root_id, created_at) VALUES (@Id, @Name, @ParentId, @RootId, @CreatedAt)",
                state, tx.Transaction, cancellationToken: ct));
            foreach (var member in state.Members.Values)
            {
                await tx.Connection.ExecuteAsync(new CommandDefinition(
                    "INSERT INTO memberships (organization_id, user_id, role, joined_at, added_by) VALUES (@id, @UserId, @Role, @JoinedAt, NULL)",
                    new { id = state.Id, member.UserId, member.Role, member.JoinedAt }, tx.Transaction, cancellationToken: ct));
                tx.AddChange(DomainGrainIds.User(member.UserId), "user.membership-added");
            }

            await AuditLog.AppendAsync(tx, state.Id, actorUserId, "organization.created", state.Id, null,
                new { state.Name, state.ParentId }, requestId, ct);
        }, () => Assign(state));
        return await ToDtoAsync();
    }

    public async Task<OrganizationDto> GetAsync(string actorUserId)
    {
        RequireExists();
        await ActorAccess.RequireMemberAsync(GrainFactory, actorUserId, State.Id);
        return await ToDtoAsync();
    }

    public async Task<OrganizationDto?> FindAsync() => State.Exists ? await ToDtoAsync() : null;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        Assign(State);
        return Task.CompletedTask;
    }

    public async Task<OrganizationLineage?> GetLineageAsync()
    {
        // One read of the field: the chain and the state it was built from were assigned together.
        var chain = _chain;
        return chain is null ? null : new OrganizationLineage(chain, await RolesAsync());
    }

    public async Task DeleteAsync(string actorUserId, string? requestId = null)
    {
        RequireExists();
        await ActorAccess.RequireAsync(GrainFactory, actorUserId, State.Id, PermissionNames.OrganizationDelete);
        if (State.PersonalOwnerId is not null)
        {
            throw Errors.BadInput("A personal organization cannot be deleted.");
        }

        await WriteStateAsync("organization.deleted", async (tx, ct) =>
        {
            await TreeLocks.LockTreeAsync(tx, State.RootId, ct);
            await OrganizationDeletion.DeleteAsync(tx, State.Id, ct);
            await AuditLog.AppendAsync(tx, State.ParentId ?? State.Id, actorUserId, "organization.deleted", State.Id,
                new { State.Name, State.ParentId }, null, requestId, ct);
        }, () => Assign(new OrganizationState { Id = GrainKey }));
    }

    /// <summary>Built-in roles plus the custom roles of the root (asked from the root grain by a sub-organization).</summary>
    private async Task<RoleCatalogue> RolesAsync()
        => State.IsRoot
            ? State.Roles
            : (await GrainFactory.GetGrain<IOrganizationGrain>(State.RootId).GetLineageAsync())?.Roles ?? RoleCatalogue.BuiltInOnly;

    /// <summary>Replaces the state (activation, creation, deletion) and what is derived from it.</summary>
    private void Assign(OrganizationState state)
    {
        State = state;
        _chain = state.Exists ? new OrganizationChain(state.Chain) : null;
    }

    private void RequireExists()
    {
        if (!State.Exists)
        {
            throw Errors.NotFound("Organization");
        }
    }

    private async Task<OrganizationDto> ToDtoAsync()
    {
        var settings = await _storage.ReadAsync((tx, ct) => OrganizationQueries.SettingsAsync(tx, State.RootId, ct));
        return new OrganizationDto(State.Id, State.Name, State.ParentId, State.RootId, State.PersonalOwnerId, UnixTime.ToDateTime(State.CreatedAt), settings);
    }
}
