using Dapper;
using TeamGrains.Silo.Storage;

namespace TeamGrains.Silo.Grains.Shared;

/// <summary>Membership questions answered from committed rows inside a write transaction.</summary>
internal static class TreeMembership
{
    private const string SubtreeSql = """
        WITH RECURSIVE sub (id, parent_id) AS (
            SELECT id, parent_id FROM organizations WHERE id = @organizationId
            UNION ALL
            SELECT c.id, c.parent_id FROM organizations c JOIN sub ON c.parent_id = sub.id)
        SELECT id, parent_id FROM sub
        """;

    private const string AncestorsSql = """
        WITH RECURSIVE up (id, parent_id, depth) AS (
            SELECT id, parent_id, 0 FROM organizations WHERE id = @organizationId
            UNION ALL
            SELECT p.id, p.parent_id, up.depth + 1 FROM organizations p JOIN up ON p.id = up.parent_id)
        SELECT id FROM up ORDER BY depth
        """;

    /// <summary>The organization and its ancestors, nearest first (empty if it does not exist).</summary>
    public static async Task<List<string>> ChainAsync(IStorageTransaction tx, string organizationId, CancellationToken cancellationToken)
        => (await tx.Connection.QueryAsync<string>(new CommandDefinition(
            AncestorsSql, new { organizationId }, tx.Transaction, cancellationToken: cancellationToken)).ConfigureAwait(false)).ToList();

    /// <summary>The organization and all its descendants, each with its parent.</summary>
    public static async Task<List<(string Id, string? ParentId)>> SubtreeAsync(IStorageTransaction tx, string organizationId, CancellationToken cancellationToken)
        => (await tx.Connection.QueryAsync<(string, string?)>(new CommandDefinition(
            SubtreeSql, new { organizationId }, tx.Transaction, cancellationToken: cancellationToken)).ConfigureAwait(false)).ToList();

    /// <summary>The organizations of the tree where the user holds a direct membership.</summary>
    public static async Task<HashSet<string>> DirectMembershipsAsync(IStorageTransaction tx, string rootId, string userId, CancellationToken cancellationToken)
        => (await tx.Connection.QueryAsync<string>(new CommandDefinition(
            """
            SELECT m.organization_id FROM memberships m JOIN organizations o ON o.id = m.organization_id
             WHERE o.root_id = @rootId AND m.user_id = @userId
            """,
            new { rootId, userId },
            tx.Transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether the user is a member (direct, or of an ancestor) of the organization.</summary>
    public static async Task<bool> IsMemberAsync(IStorageTransaction tx, string organizationId, string userId, CancellationToken cancellationToken)
        => await tx.Connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"""
            WITH RECURSIVE up (id, parent_id) AS (
                SELECT id, parent_id FROM organizations WHERE id = @organizationId
                UNION ALL
                SELECT p.id, p.parent_id FROM organizations p JOIN up ON p.id = up.parent_id)
            SELECT COUNT(*) FROM memberships m JOIN up ON up.id = m.organization_id WHERE m.user_id = @userId
            """,
            new { organizationId, userId },
            tx.Transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false) > 0;

    /// <summary>
    /// After the user's direct membership in <paramref name="organizationId"/> is gone: the organizations of its
    /// subtree where the user is no longer a member (no direct membership on the path from there to the root).
    /// </summary>
    public static async Task<IReadOnlySet<string>> OrganizationsLostAsync(
        IStorageTransaction tx, string organizationId, string rootId, string userId, CancellationToken cancellationToken)
    {
        var direct = await DirectMembershipsAsync(tx, rootId, userId, cancellationToken).ConfigureAwait(false);
        var chain = await ChainAsync(tx, organizationId, cancellationToken).ConfigureAwait(false);
        if (chain.Any(direct.Contains))
        {
            return new HashSet<string>();
        }

        var subtree = await SubtreeAsync(tx, organizationId, cancellationToken).ConfigureAwait(false);
        var parents = subtree.ToDictionary(o => o.Id, o => o.ParentId, StringComparer.Ordinal);
        var lost = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, _) in subtree)
        {
            var member = false;
            for (string? at = id; at is not null && at != organizationId && !member; at = parents.GetValueOrDefault(at))
            {
                member = direct.Contains(at);
            }

            if (!member)
            {
                lost.Add(id);
            }
        }

        return lost;
    }
}
