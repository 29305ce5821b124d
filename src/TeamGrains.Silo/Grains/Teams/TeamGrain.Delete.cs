using Dapper;
using TeamGrains.Interfaces.Organizations;
using TeamGrains.Interfaces.Permissions;
using TeamGrains.Silo.Grains.Shared;
using TeamGrains.Silo.Storage;

namespace TeamGrains.Silo.Grains.Teams;

internal sealed partial class TeamGrain
{
    public async Task DeleteAsync(string actorUserId, bool removeOrphanedMembers, string? requestId = null)
    {
        RequireExists();
        await ActorAccess.RequireAsync(GrainFactory, actorUserId, State.OrganizationId, PermissionNames.TeamsManage);
        var lineage = await GrainFactory.GetGrain<IOrganizationGrain>(State.OrganizationId).GetLineageAsync() ?? throw Errors.NotFound("Organization");
        await WriteStateAsync("team.deleted", async (tx, ct) =>
        {
            if (removeOrphanedMembers)
            {
                // Membership removals lock the tree; take it before touching team rows (same order everywhere).
                await TreeLocks.LockTreeAsync(tx, lineage.Chain.RootId, ct);
            }

            var resources = await tx.Connection.QueryAsync<string>(new CommandDefinition(
                "SELECT resource_id FROM resource_bindings WHERE team_id = @id", new { id = State.Id }, tx.Transaction, cancellationToken: ct));
            foreach (var resourceId in resources)
            {
                tx.AddChange(DomainGrainIds.Resource(resourceId), "resource.team-unbound");
            }

            foreach (var sql in new[]
            {
                "DELETE FROM resource_bindings WHERE team_id = @id",
                "DELETE FROM invitation_teams WHERE team_id = @id",
                "DELETE FROM team_members WHERE team_id = @id",
                "DELETE FROM teams WHERE id = @id",
            })
            {
                await tx.Connection.ExecuteAsync(new CommandDefinition(sql, new { id = State.Id }, tx.Transaction, cancellationToken: ct));
            }

            NameMembers(tx, "team.deleted");
            var orphans = removeOrphanedMembers ? await OrphansAsync(tx, lineage, ct) : [];
            foreach (var userId in orphans)
            {
                await MembershipWrites.RemoveAsync(
                    tx, State.OrganizationId, lineage.Chain.RootId, userId, actorUserId, "member.removed-orphaned", requestId, ct);
            }

            await AuditLog.AppendAsync(tx, State.OrganizationId, actorUserId, "team.deleted", State.Id,
                new { State.Name, State.Role, members = State.Members.Keys.ToArray() }, new { removedMembers = orphans }, requestId, ct);
        }, () => State = new TeamState { Id = GrainKey });
    }

    /// <summary>
    /// Members (of the deleted team) whose direct membership in the team's organization now gives them nothing:
    /// a direct role without permissions, no membership at an ancestor, and no other role-bearing team there.
    /// </summary>
    private async Task<List<string>> OrphansAsync(IStorageTransaction tx, OrganizationLineage lineage, CancellationToken ct)
    {
        var orphans = new List<string>();
        var chain = lineage.Chain.OrganizationIds.ToArray();
        foreach (var userId in State.Members.Keys)
        {
            var roles = (await tx.Connection.QueryAsync<(string, string)>(new CommandDefinition(
                $"SELECT organization_id, role FROM memberships WHERE user_id = @userId AND {SqlLists.In(tx.Dialect, "organization_id", "chain")}",
                new { userId, chain }, tx.Transaction, cancellationToken: ct))).ToList();
            var teamRoles = await tx.Connection.QueryAsync<string>(new CommandDefinition(
                $"""
                SELECT t.role FROM team_members tm JOIN teams t ON t.id = tm.team_id
                 WHERE tm.user_id = @userId AND {SqlLists.In(tx.Dialect, "t.organization_id", "chain")} AND t.role IS NOT NULL
                """,
                new { userId, chain }, tx.Transaction, cancellationToken: ct));
            var direct = roles.Where(r => r.Item1 == State.OrganizationId).Select(r => r.Item2).FirstOrDefault();
            if (direct is not null
                && roles.Count == 1
                && GrantsNothing(lineage, direct)
                && teamRoles.All(role => GrantsNothing(lineage, role)))
            {
                orphans.Add(userId);
            }
        }

        return orphans;
    }

    private static bool GrantsNothing(OrganizationLineage lineage, string role)
        => !lineage.Roles.TryGet(role, out var definition) || definition.Permissions.IsEmpty;
}
