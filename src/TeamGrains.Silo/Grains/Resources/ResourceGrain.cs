using Dapper;
using TeamGrains.Interfaces;
using TeamGrains.Interfaces.Organizations;
using TeamGrains.Interfaces.Permissions;
using TeamGrains.Interfaces.Resources;
using TeamGrains.Interfaces.Teams;
using TeamGrains.Silo.Grains.Shared;
using TeamGrains.Silo.Runtime;

namespace TeamGrains.Silo.Grains.Resources;

/// <summary>
/// One resource and its bindings. Users' permission caches depend on this grain's key: the change feed
/// entry of every write here invalidates them.
/// </summary>
internal sealed class ResourceGrain : Grain<ResourceState>, IResourceGrain
{
    // Built when the state is assigned, so a reader never stores a snapshot of state a write has replaced.
    private ResourceSnapshot? _snapshot;

    public async Task<ResourceDto> CreateAsync(
        string actorUserId, string organizationId, string kind, string name, ResourceVisibility visibility, string? requestId = null)
    {
        if (State.Exists)
        {
            throw new TeamGrainsException(ErrorCodes.Conflict, "A resource with this id exists already.");
        }

        var trimmedKind = Names.Require(kind, "Resource kind");
        var trimmedName = Names.Require(name, "Resource name");
        if (!Enum.IsDefined(visibility))
        {
            throw Errors.BadInput("Unknown visibility.");
        }

        await ActorAccess.RequireAsync(GrainFactory, actorUserId, organizationId, PermissionNames.AppsCreate);
        var state = new ResourceState
        {
            Exists = true, Id = GrainKey, OrganizationId = organizationId, Kind = trimmedKind, Name = trimmedName,
            Visibility = visibility, CreatedAt = UnixTime.Now(), Bindings = [ResourceBinding.ForUser(actorUserId, AccessLevel.Admin)],
        };
        await WriteStateAsync("resource.created", async (tx, ct) =>
        {
            await tx.Connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO resources (id, organization_id, kind, name, visibility, created_by, created_at)
                VALUES (@Id, @OrganizationId, @Kind, @Name, @visibility, @actorUserId, @CreatedAt)
                """,
                new { state.Id, state.OrganizationId, state.Kind, state.Name, visibility = Stored(visibility), actorUserId, state.CreatedAt },
                tx.Transaction,
                cancellationToken: ct));
            await UpsertBindingAsync(tx, state.Id, actorUserId, null, AccessLevel.Admin, ct);
            await AuditLog.AppendAsync(tx, organizationId, actorUserId, "resource.created", state.Id, null,
                new { state.Kind, state.Name, visibility = Stored(visibility) }, requestId, ct);
        }, () => Assign(state));
        return ToDto();
    }

    public async Task<ResourceDto> GetAsync(string actorUserId)
    {
        RequireExists();
        await ActorAccess.RequireMemberAsync(GrainFactory, actorUserId, State.OrganizationId);
        return ToDto();
    }

    public Task<ResourceDto?> FindAsync() => Task.FromResult(State.Exists ? ToDto() : null);

    public async Task<ResourceDto> SetAccessAsync(string actorUserId, string? userId, string? teamId, AccessLevel level, string? requestId = null)
    {
        RequireExists();
        if ((userId is null) == (teamId is null))
        {
            throw Errors.BadInput("Give exactly one of userId and teamId.");
        }

        if (!Enum.IsDefined(level))
        {
            throw Errors.BadInput("Unknown access level.");
        }

        await ActorAccess.RequireAsync(GrainFactory, actorUserId, State.OrganizationId, PermissionNames.AppShare, State.Id);
        if (teamId is not null)
        {
            var team = await GrainFactory.GetGrain<ITeamGrain>(teamId).FindAsync();
            var lineage = await GrainFactory.GetGrain<IOrganizationGrain>(State.OrganizationId).GetLineageAsync();
            if (team is null || lineage is null || !lineage.Chain.Contains(team.OrganizationId))
            {
                throw Errors.NotFound("Team");
            }
        }

        var before = State.Bindings.FirstOrDefault(b => b.UserId == userId && b.TeamId == teamId)?.Level;
        await WriteStateAsync("resource.access-set", async (tx, ct) =>
        {
            if (userId is not null && !await TreeMembership.IsMemberAsync(tx, State.OrganizationId, userId, ct))
            {
                throw Errors.NotFound("User");
            }

            await UpsertBindingAsync(tx, State.Id, userId, teamId, level, ct);
            await AuditLog.AppendAsync(tx, State.OrganizationId, actorUserId, "resource.access-set", State.Id,
                new { userId, teamId, level = before is { } b ? AccessLevels.Name(b) : null },
                new { userId, teamId, level = AccessLevels.Name(level) }, requestId, ct);
        }, () =>
        {
            // A new list, not an edit in place: [AlwaysInterleave] readers may be walking the old one.
            State.Bindings =
            [
                .. State.Bindings.Where(b => b.UserId != userId || b.TeamId != teamId),
                userId is not null ? ResourceBinding.ForUser(userId, level) : ResourceBinding.ForTeam(teamId!, level),
            ];
            Assign(State);
        });
        return ToDto();
    }

    public async Task<IReadOnlyList<ResourceAccessDto>> GetAccessAsync(string actorUserId)
    {
        RequireExists();
        await ActorAccess.RequireMemberAsync(GrainFactory, actorUserId, State.OrganizationId);
        return [.. State.Bindings.Select(b => new ResourceAccessDto(b.UserId, b.TeamId, b.Level))];
    }

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        Assign(State);
        return Task.CompletedTask;
    }

    public Task<ResourceSnapshot?> GetSnapshotAsync() => Task.FromResult(_snapshot);

    private static async Task UpsertBindingAsync(
        Storage.IStorageTransaction tx, string resourceId, string? userId, string? teamId, AccessLevel level, CancellationToken ct)
    {
        var principalId = userId is not null ? "user:" + userId : "team:" + teamId;
        await tx.Connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM resource_bindings WHERE resource_id = @resourceId AND principal_id = @principalId",
            new { resourceId, principalId }, tx.Transaction, cancellationToken: ct));
        await tx.Connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO resource_bindings (resource_id, principal_id, user_id, team_id, access_level, updated_at)
            VALUES (@resourceId, @principalId, @userId, @teamId, @level, @now)
            """,
            new { resourceId, principalId, userId, teamId, level = AccessLevels.Name(level), now = UnixTime.Now() },
            tx.Transaction,
            cancellationToken: ct));
    }

    private static string Stored(ResourceVisibility visibility) => visibility == ResourceVisibility.Private ? "PRIVATE" : "ORGANIZATION";

    /// <summary>Replaces the state and the snapshot built from it (never lazily by a reader; see OrganizationGrain._chain).</summary>
    private void Assign(ResourceState state)
    {
        State = state;
        _snapshot = state.Exists ? new ResourceSnapshot(state.Id, state.OrganizationId, state.Visibility, state.Bindings) : null;
    }

    private void RequireExists()
    {
        if (!State.Exists)
        {
            throw Errors.NotFound("Resource");
        }
    }

    private ResourceDto ToDto() => new(State.Id, State.OrganizationId, State.Kind, State.Name, State.Visibility, UnixTime.ToDateTime(State.CreatedAt));
}
