using Dapper;
using TeamGrains.Interfaces;
using TeamGrains.Interfaces.Organizations;
using TeamGrains.Interfaces.Paging;
using TeamGrains.Interfaces.Permissions;
using TeamGrains.Interfaces.Teams;
using TeamGrains.Interfaces.Users;
using TeamGrains.Silo.Grains.Shared;
using TeamGrains.Silo.Permissions;
using TeamGrains.Silo.Runtime;
using TeamGrains.Silo.Storage;

namespace TeamGrains.Silo.Grains.Teams;

/// <summary>
/// One team. Its role is a grant: binding a role, or adding a member to a team that has one, needs
/// teams:manage and every permission of that role (as granting it to a member directly would).
/// Every change that alters what members hold names their user grains, which then reload.
/// </summary>
internal sealed partial class TeamGrain : Grain<TeamState>, ITeamGrain
{
    private readonly IStorage _storage;

    public TeamGrain(IStorage storage)
    {
        _storage = storage;
    }

    public async Task<TeamDto> CreateAsync(string actorUserId, string organizationId, string name, string? role, string? requestId = null)
    {
        if (State.Exists)
        {
            throw new TeamGrainsException(ErrorCodes.Conflict, "A team with this id exists already.");
        }

        var actor = await ActorAccess.RequireAsync(GrainFactory, actorUserId, organizationId, PermissionNames.TeamsManage);
        var trimmed = Names.Require(name, "Team name");
        var bound = role is null ? null : await CheckGrantAsync(actor, organizationId, role);
        var state = new TeamState { Exists = true, Id = GrainKey, OrganizationId = organizationId, Name = trimmed, Role = bound, CreatedAt = UnixTime.Now() };
        await WriteStateAsync("team.created", async (tx, ct) =>
        {
            if (bound is not null)
            {
                await CustomRoleLocks.LockAsync(tx, organizationId, bound, ct);
            }

            await tx.Connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO teams (id, organization_id, name, role, created_at) VALUES (@Id, @OrganizationId, @Name, @Role, @CreatedAt)",
                state, tx.Transaction, cancellationToken: ct));
            await AuditLog.AppendAsync(tx, organizationId, actorUserId, "team.created", state.Id, null, new { state.Name, state.Role }, requestId, ct);
        }, () => State = state);
        return ToDto();
    }

    public async Task<TeamDto> GetAsync(string actorUserId)
    {
        RequireExists();
        await ActorAccess.RequireMemberAsync(GrainFactory, actorUserId, State.OrganizationId);
        return ToDto();
    }

    public Task<TeamDto?> FindAsync() => Task.FromResult(State.Exists ? ToDto() : null);

    public async Task<TeamDto> UpdateAsync(string actorUserId, string? name, string? role, bool clearRole = false, string? requestId = null)
    {
        RequireExists();
        var actor = await ActorAccess.RequireAsync(GrainFactory, actorUserId, State.OrganizationId, PermissionNames.TeamsManage);
        var newName = name is null ? State.Name : Names.Require(name, "Team name");
        var newRole = clearRole ? null : role is null ? State.Role : await CheckGrantAsync(actor, State.OrganizationId, role);
        var before = new { State.Name, State.Role };
        await WriteStateAsync("team.updated", async (tx, ct) =>
        {
            if (newRole is not null && newRole != State.Role)
            {
                await CustomRoleLocks.LockAsync(tx, State.OrganizationId, newRole, ct);
            }

            await tx.Connection.ExecuteAsync(new CommandDefinition(
                "UPDATE teams SET name = @newName, role = @newRole WHERE id = @id", new { newName, newRole, id = State.Id }, tx.Transaction, cancellationToken: ct));
            if (newRole != State.Role)
            {
                NameMembers(tx, "team.role-changed");
            }

            await AuditLog.AppendAsync(tx, State.OrganizationId, actorUserId, "team.updated", State.Id, before,
                new { Name = newName, Role = newRole }, requestId, ct);
        }, () =>
        {
            State.Name = newName;
            State.Role = newRole;
        });
        return ToDto();
    }

    public async Task<TeamDto> AddMemberAsync(string actorUserId, string userId, string? requestId = null)
    {
        RequireExists();
        var actor = await ActorAccess.RequireAsync(GrainFactory, actorUserId, State.OrganizationId, PermissionNames.TeamsManage);
        if (State.Role is not null)
        {
            await CheckGrantAsync(actor, State.OrganizationId, State.Role);
        }

        if (State.Members.ContainsKey(userId))
        {
            return ToDto();
        }

        var addedAt = UnixTime.Now();
        await WriteStateAsync("team.member-added", async (tx, ct) =>
        {
            if (!await TreeMembership.IsMemberAsync(tx, State.OrganizationId, userId, ct))
            {
                throw Errors.NotFound("User");
            }

            await tx.Connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO team_members (team_id, user_id, added_at, added_by) VALUES (@id, @userId, @addedAt, @actorUserId)",
                new { id = State.Id, userId, addedAt, actorUserId }, tx.Transaction, cancellationToken: ct));
            tx.AddChange(DomainGrainIds.User(userId), "user.team-joined");
            await AuditLog.AppendAsync(tx, State.OrganizationId, actorUserId, "team.member-added", State.Id, null, new { userId }, requestId, ct);
        }, () => State.Members[userId] = addedAt);
        return ToDto();
    }

    public async Task<TeamDto> RemoveMemberAsync(string actorUserId, string userId, string? requestId = null)
    {
        RequireExists();
        await ActorAccess.RequireAsync(GrainFactory, actorUserId, State.OrganizationId, PermissionNames.TeamsManage);
        if (!State.Members.ContainsKey(userId))
        {
            throw Errors.NotFound("Team member");
        }

        await WriteStateAsync("team.member-removed", async (tx, ct) =>
        {
            await tx.Connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM team_members WHERE team_id = @id AND user_id = @userId", new { id = State.Id, userId }, tx.Transaction, cancellationToken: ct));
            tx.AddChange(DomainGrainIds.User(userId), "user.team-left");
            await AuditLog.AppendAsync(tx, State.OrganizationId, actorUserId, "team.member-removed", State.Id, new { userId }, null, requestId, ct);
        }, () => State.Members.Remove(userId));
        return ToDto();
    }

    public async Task<Page<UserDto>> GetMembersAsync(string actorUserId, PageRequest page)
    {
        RequireExists();
        await ActorAccess.RequireAsync(GrainFactory, actorUserId, State.OrganizationId, PermissionNames.MembersView);
        return await _storage.ReadAsync((tx, ct) => TeamQueries.MembersAsync(tx, State.Id, page, ct));
    }

    /// <summary>The role's canonical name, if the actor may grant it; BAD_USER_INPUT for an unknown role.</summary>
    private async Task<string> CheckGrantAsync(PermissionSet actor, string organizationId, string role)
    {
        var roles = await RolesAsync(organizationId);
        var definition = roles.Get(role);
        RoleAssignmentRules.CheckGrant(actor, definition, PermissionNames.TeamsManage).ThrowIfDenied();
        return definition.Name;
    }

    private async Task<RoleCatalogue> RolesAsync(string organizationId)
        => (await GrainFactory.GetGrain<IOrganizationGrain>(organizationId).GetLineageAsync() ?? throw Errors.NotFound("Organization")).Roles;

    private void NameMembers(IStorageTransaction tx, string kind)
    {
        foreach (var userId in State.Members.Keys)
        {
            tx.AddChange(DomainGrainIds.User(userId), kind);
        }
    }

    private void RequireExists()
    {
        if (!State.Exists)
        {
            throw Errors.NotFound("Team");
        }
    }

    private TeamDto ToDto() => new(State.Id, State.OrganizationId, State.Name, State.Role, UnixTime.ToDateTime(State.CreatedAt));
}
