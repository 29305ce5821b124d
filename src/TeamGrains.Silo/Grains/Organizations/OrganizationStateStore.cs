using Dapper;
using TeamGrains.Interfaces.Permissions;
using TeamGrains.Silo.Grains.Shared;
using TeamGrains.Silo.Permissions;
using TeamGrains.Silo.Storage;

namespace TeamGrains.Silo.Grains.Organizations;

/// <summary>Loads an <see cref="OrganizationState"/> from organizations, memberships and custom_roles.</summary>
internal sealed class OrganizationStateStore : IGrainStateStore<OrganizationState>
{
    /// <summary>
    /// The organization, its members, the custom roles keyed to it (read always, so that all four go in one
    /// command; used only when it is a root), and its chain: itself and its ancestors, nearest first (the
    /// query of <c>TreeMembership.ChainAsync</c>, with the grain key as its parameter).
    /// </summary>
    public IReadOnlyList<string> Queries { get; } =
    [
        OrganizationRow.SelectSql + " WHERE o.id = @key",
        "SELECT user_id, role, joined_at, added_by FROM memberships WHERE organization_id = @key",
        "SELECT name, permissions FROM custom_roles WHERE root_id = @key",
        """
        WITH RECURSIVE up (id, parent_id, depth) AS (
            SELECT id, parent_id, 0 FROM organizations WHERE id = @key
            UNION ALL
            SELECT p.id, p.parent_id, up.depth + 1 FROM organizations p JOIN up ON p.id = up.parent_id)
        SELECT id FROM up ORDER BY depth
        """,
    ];

    public async Task<OrganizationState> ReadAsync(string key, SqlMapper.GridReader results)
    {
        var row = await results.ReadSingleOrDefaultAsync<OrganizationRow>().ConfigureAwait(false);
        if (row is null)
        {
            return new OrganizationState { Id = key };
        }

        var members = await results.ReadAsync<(string, string, long, string?)>().ConfigureAwait(false);
        var custom = await results.ReadAsync<(string, string)>().ConfigureAwait(false);
        var roles = row.ParentId is null
            ? RoleCatalogue.Create(custom.Select(r => KeyValuePair.Create(r.Item1, CustomRolePermissions.Parse(r.Item2))))
            : RoleCatalogue.BuiltInOnly;

        // 110,000 organizations stay in memory (one personal organization per user): the grain key's string
        // stands for this organization's id wherever it appears, the chain's for every ancestor, and the
        // personal owner's for its membership, instead of one fresh string per column read.
        var chain = (await results.ReadAsync<string>().ConfigureAwait(false)).AsList();
        if (chain.Count > 0)
        {
            chain[0] = key;
        }

        var ownerId = row.PersonalOwnerId;
        return new OrganizationState
        {
            Exists = true,
            Id = key,
            Name = row.Name,
            ParentId = SameText(chain, 1, row.ParentId),
            RootId = SameText(chain, chain.Count - 1, row.RootId)!,
            PersonalOwnerId = ownerId,
            CreatedAt = row.CreatedAt,
            Chain = chain,
            Members = new CompactStringMap<DirectMember>(
                members.Select(m => new DirectMember(m.Item1 == ownerId ? ownerId : m.Item1, SharedRoleNames.Of(m.Item2), m.Item3, m.Item4)),
                m => m.UserId),
            Roles = roles,
        };
    }

    /// <summary>The chain's instance of <paramref name="value"/> when the chain holds that text at <paramref name="index"/>.</summary>
    private static string? SameText(List<string> chain, int index, string? value)
        => index >= 0 && index < chain.Count && string.Equals(chain[index], value, StringComparison.Ordinal) ? chain[index] : value;
}
