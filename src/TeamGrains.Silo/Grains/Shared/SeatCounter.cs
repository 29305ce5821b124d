using Dapper;
using TeamGrains.Silo.Storage;

namespace TeamGrains.Silo.Grains.Shared;

/// <summary>
/// Seats of an organization tree: distinct users with a direct membership anywhere in the tree, plus
/// the distinct emails of unexpired PENDING invitations into the tree that are not yet such members.
/// Check after writing, inside the transaction that holds <see cref="TreeLocks"/>: count ≤ the root's limit.
/// </summary>
internal static class SeatCounter
{
    private const string CountSql = """
        SELECT
          (SELECT COUNT(DISTINCT m.user_id)
             FROM memberships m JOIN organizations o ON o.id = m.organization_id
            WHERE o.root_id = @rootId)
        + (SELECT COUNT(DISTINCT i.email)
             FROM invitations i
            WHERE i.root_id = @rootId AND i.status = 'PENDING' AND i.expires_at > @now
              AND NOT EXISTS (
                  SELECT 1 FROM memberships m2
                    JOIN organizations o2 ON o2.id = m2.organization_id
                    JOIN users u ON u.id = m2.user_id
                   WHERE o2.root_id = @rootId AND u.email = i.email))
        """;

    /// <summary>The seats used in the tree of <paramref name="rootId"/>.</summary>
    public static async Task<int> CountAsync(IStorageTransaction tx, string rootId, CancellationToken cancellationToken)
        => Convert.ToInt32(await tx.Connection.ExecuteScalarAsync<long>(new CommandDefinition(
            CountSql, new { rootId, now = UnixTime.Now() }, tx.Transaction, cancellationToken: cancellationToken)).ConfigureAwait(false));

    /// <summary>The root's seat limit, or null for unlimited.</summary>
    public static Task<long?> LimitAsync(IStorageTransaction tx, string rootId, CancellationToken cancellationToken)
        => tx.Connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT seat_limit FROM organizations WHERE id = @rootId", new { rootId }, tx.Transaction, cancellationToken: cancellationToken));

    /// <summary>SEAT_LIMIT_REACHED when the tree now uses more seats than its root allows (the transaction then rolls back).</summary>
    public static async Task EnsureWithinLimitAsync(IStorageTransaction tx, string rootId, CancellationToken cancellationToken)
    {
        var limit = await LimitAsync(tx, rootId, cancellationToken).ConfigureAwait(false);
        if (limit is { } max && await CountAsync(tx, rootId, cancellationToken).ConfigureAwait(false) > max)
        {
            throw Errors.SeatLimit();
        }
    }
}
