using Dapper;
using TeamGrains.Interfaces.Permissions;
using TeamGrains.Silo.Storage;

namespace TeamGrains.Silo.Grains.Shared;

/// <summary>
/// A write that assigns a custom role (to a member, an invitation or a team) must not commit after the
/// role's deletion, which refuses while the role is in use. The assigning write locks the role's row
/// (PostgreSQL <c>FOR KEY SHARE</c>) and fails if it is gone; the deletion deletes the row first and
/// counts the uses after, so one of the two always sees the other: a deletion that came first makes the
/// lock find no row; an assignment that came first holds the lock until it commits, and the deletion's
/// count (a later statement, READ COMMITTED) sees its row. No tree lock is needed for this. SQLite runs
/// one writer at a time, so the plain read suffices there.
/// </summary>
internal static class CustomRoleLocks
{
    /// <summary>Locks <paramref name="role"/> of <paramref name="organizationId"/>'s tree for this transaction; BAD_USER_INPUT if it no longer exists. Built-in roles: nothing.</summary>
    public static async Task LockAsync(IStorageTransaction tx, string organizationId, string role, CancellationToken cancellationToken)
    {
        if (BuiltInRoles.IsBuiltIn(role))
        {
            return;
        }

        var exists = await tx.Connection.ExecuteScalarAsync<int?>(new CommandDefinition(
            """
            SELECT 1 FROM custom_roles cr JOIN organizations o ON o.root_id = cr.root_id
             WHERE o.id = @organizationId AND cr.name_key = @nameKey
            """ + (tx.Dialect == StorageDialect.PostgreSql ? " FOR KEY SHARE OF cr" : ""),
            new { organizationId, nameKey = role.ToLowerInvariant() },
            tx.Transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (exists is null)
        {
            throw Errors.BadInput($"The role '{role}' does not exist (it was deleted).");
        }
    }
}
