using Dapper;
using TeamGrains.Silo.Storage;

namespace TeamGrains.Silo.Grains.Shared;

/// <summary>
/// Serializes the transactions that change one organization tree's memberships, owners or seats, so
/// that the invariants (an OWNER remains, the seat limit holds) are checked against committed data.
/// The lock is an UPDATE of the root row: on PostgreSQL it waits for a concurrent holder (READ
/// COMMITTED: later statements then see its commit; REPEATABLE READ and stricter: it fails with a
/// serialization error, which the runtime retries); on SQLite the first write of a transaction takes
/// the database write lock, and a stale snapshot fails with BUSY, also retried.
/// Take it first, before reading what you will check. Several trees: lock in id order (no deadlock).
/// Version rows are locked after it, by the runtime (Grains/README.md, "Lock order").
/// </summary>
internal static class TreeLocks
{
    /// <summary>Locks the tree of <paramref name="rootId"/>; NOT_FOUND if the root does not exist.</summary>
    public static async Task LockTreeAsync(IStorageTransaction tx, string rootId, CancellationToken cancellationToken)
    {
        var updated = await tx.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE organizations SET tree_version = tree_version + 1 WHERE id = @rootId",
            new { rootId },
            tx.Transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (updated == 0)
        {
            throw Errors.NotFound("Organization");
        }
    }

    /// <summary>Locks several trees in a fixed order.</summary>
    public static async Task LockTreesAsync(IStorageTransaction tx, IEnumerable<string> rootIds, CancellationToken cancellationToken)
    {
        foreach (var rootId in rootIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            await LockTreeAsync(tx, rootId, cancellationToken).ConfigureAwait(false);
        }
    }
}
