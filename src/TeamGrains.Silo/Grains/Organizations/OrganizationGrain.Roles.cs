using Dapper;
using TeamGrains.Interfaces.Organizations;
using TeamGrains.Interfaces.Permissions;
using TeamGrains.Silo.Grains.Shared;
using TeamGrains.Silo.Permissions;

namespace TeamGrains.Silo.Grains.Organizations;

/// <summary>
/// Custom roles live on the root. Deleting a role that a membership, a team or a pending invitation of the
/// tree still uses is refused (BAD_USER_INPUT): silently dropping someone to no permissions is worse than
/// asking the caller to reassign first.
/// </summary>
internal sealed partial class OrganizationGrain
{
    public async Task<IReadOnlyList<RoleDto>> GetRolesAsync(string actorUserId)
    {
        RequireExists();
        await ActorAccess.RequireMemberAsync(GrainFactory, actorUserId, State.Id);
        return [.. (await RolesAsync()).All.Select(ToDto)];
    }

    public async Task<RoleDto> DefineRoleAsync(string actorUserId, string name, IReadOnlyList<string> permissions, string? requestId = null)
    {
        RequireExists();
        var actor = await ActorAccess.RequireAsync(GrainFactory, actorUserId, State.Id, PermissionNames.RolesAssign);
        RequireRoot();
        var roles = State.Roles.WithCustomRole(name, permissions ?? throw Errors.BadInput("Permissions are required."));
        var role = roles.Get(name);
        if (!RoleAssignmentRules.CanGrantRole(actor, role))
        {
            throw Errors.Forbidden(role.Permissions.Except(actor).First());
        }

        var before = State.Roles.TryGet(name, out var existing) ? existing.Permissions.ToNames() : null;
        await WriteStateAsync("organization.role-defined", async (tx, ct) =>
        {
            var key = new { rootId = State.Id, nameKey = role.Name.ToLowerInvariant() };
            await tx.Connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM custom_roles WHERE root_id = @rootId AND name_key = @nameKey", key, tx.Transaction, cancellationToken: ct));
            await tx.Connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO custom_roles (root_id, name, name_key, permissions, created_at) VALUES (@rootId, @name, @nameKey, @permissions, @now)",
                new { key.rootId, name = role.Name, key.nameKey, permissions = CustomRolePermissions.Format(role.Permissions), now = UnixTime.Now() },
                tx.Transaction,
                cancellationToken: ct));
            await AuditLog.AppendAsync(tx, State.Id, actorUserId, "role.defined", role.Name,
                before is null ? null : new { permissions = before }, new { permissions = role.Permissions.ToNames() }, requestId, ct);
        }, () => State.Roles = roles);
        return ToDto(role);
    }

    public async Task DeleteRoleAsync(string actorUserId, string name, string? requestId = null)
    {
        RequireExists();
        await ActorAccess.RequireAsync(GrainFactory, actorUserId, State.Id, PermissionNames.RolesAssign);
        RequireRoot();
        var role = State.Roles.TryGet(name, out var found) && !found.IsBuiltIn ? found : null;
        var roles = State.Roles.WithoutCustomRole(name);
        await WriteStateAsync("organization.role-deleted", async (tx, ct) =>
        {
            // Delete first, count after (CustomRoleLocks): a concurrent assignment either committed before
            // the delete took the row (the count sees it) or finds the row gone.
            await tx.Connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM custom_roles WHERE root_id = @rootId AND name_key = @nameKey",
                new { rootId = State.Id, nameKey = role!.Name.ToLowerInvariant() }, tx.Transaction, cancellationToken: ct));
            var uses = await tx.Connection.ExecuteScalarAsync<long>(new CommandDefinition(
                """
                SELECT (SELECT COUNT(*) FROM memberships m JOIN organizations o ON o.id = m.organization_id WHERE o.root_id = @rootId AND m.role = @name)
                     + (SELECT COUNT(*) FROM teams t JOIN organizations o ON o.id = t.organization_id WHERE o.root_id = @rootId AND t.role = @name)
                     + (SELECT COUNT(*) FROM invitations i WHERE i.root_id = @rootId AND i.status = 'PENDING' AND i.role = @name)
                """,
                new { rootId = State.Id, name = role.Name },
                tx.Transaction,
                cancellationToken: ct));
            if (uses > 0)
            {
                throw Errors.BadInput($"The role '{role.Name}' is in use; reassign its members, teams and invitations first.");
            }

            await AuditLog.AppendAsync(tx, State.Id, actorUserId, "role.deleted", role.Name,
                new { permissions = role.Permissions.ToNames() }, null, requestId, ct);
        }, () => State.Roles = roles);
    }

    private void RequireRoot()
    {
        if (!State.IsRoot)
        {
            throw Errors.BadInput("Custom roles are defined on the root organization.");
        }
    }

    private static RoleDto ToDto(RoleDefinition role) => new(role.Name, role.IsBuiltIn, role.Permissions.ToNames());
}
