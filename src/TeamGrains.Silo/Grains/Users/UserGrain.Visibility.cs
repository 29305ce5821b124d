using Dapper;
using TeamGrains.Silo.Storage;

namespace TeamGrains.Silo.Grains.Users;

internal sealed partial class UserGrain
{
    // Two users share an organization when a direct membership of one lies in the chain (itself or an
    // ancestor) of a direct membership of the other: both are then members of the deeper organization.
    private const string SharesOrganizationSql = """
        WITH RECURSIVE a_up (id, parent_id) AS (
            SELECT o.id, o.parent_id FROM memberships m JOIN organizations o ON o.id = m.organization_id WHERE m.user_id = @actor
            UNION
            SELECT p.id, p.parent_id FROM organizations p JOIN a_up ON p.id = a_up.parent_id),
        t_up (id, parent_id) AS (
            SELECT o.id, o.parent_id FROM memberships m JOIN organizations o ON o.id = m.organization_id WHERE m.user_id = @target
            UNION
            SELECT p.id, p.parent_id FROM organizations p JOIN t_up ON p.id = t_up.parent_id)
        SELECT (SELECT COUNT(*) FROM memberships m WHERE m.user_id = @target AND m.organization_id IN (SELECT id FROM a_up))
             + (SELECT COUNT(*) FROM memberships m WHERE m.user_id = @actor AND m.organization_id IN (SELECT id FROM t_up))
        """;

    private Task<bool> SharesOrganizationAsync(string actorUserId)
        => _storage.ReadAsync(
            async (tx, ct) => await tx.Connection.ExecuteScalarAsync<long>(new CommandDefinition(
                SharesOrganizationSql, new { actor = actorUserId, target = State.Id }, tx.Transaction, cancellationToken: ct)) > 0);
}
