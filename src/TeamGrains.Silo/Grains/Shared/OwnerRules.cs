using Dapper;
using TeamGrains.Interfaces.Permissions;
using TeamGrains.Silo.Storage;

namespace TeamGrains.Silo.Grains.Shared;

/// <summary>
/// The last-OWNER invariant: every root keeps at least one ACTIVE direct OWNER (a deactivated owner holds
/// no permission, so they cannot be the one left). Check after writing, inside the transaction that holds
/// <see cref="TreeLocks"/> for the root.
/// </summary>
internal static class OwnerRules
{
    /// <summary>Active direct OWNERs of the root.</summary>
    public static async Task<int> CountActiveOwnersAsync(IStorageTransaction tx, string rootId, CancellationToken cancellationToken)
        => Convert.ToInt32(await tx.Connection.ExecuteScalarAsync<long>(new CommandDefinition(
            """
            SELECT COUNT(*) FROM memberships m JOIN users u ON u.id = m.user_id
             WHERE m.organization_id = @rootId AND m.role = @owner AND u.status = 'ACTIVE'
            """,
            new { rootId, owner = BuiltInRoles.Owner },
            tx.Transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false));

    /// <summary>LAST_OWNER (rolling the transaction back) when the root has no active OWNER left.</summary>
    public static async Task EnsureOwnerRemainsAsync(IStorageTransaction tx, string rootId, CancellationToken cancellationToken)
    {
        if (await CountActiveOwnersAsync(tx, rootId, cancellationToken).ConfigureAwait(false) == 0)
        {
            throw Errors.LastOwner();
        }
    }
}
