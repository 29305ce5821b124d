using Dapper;
using TeamGrains.Interfaces.Permissions;
using TeamGrains.Silo.Grains.Shared;
using TeamGrains.Silo.Permissions;
using TeamGrains.Silo.Storage;

namespace TeamGrains.Silo.Grains.Organizations;

/// <summary>Loads an <see cref="OrganizationState"/> from organizations, memberships and custom_roles.</summary>
internal sealed class OrganizationStateStore : IGrainStateStore<OrganizationState>
{
    public async Task<OrganizationState> ReadAsync(string key, IStorageTransaction transaction, CancellationToken cancellationToken)
    {
        var connection = transaction.Connection;
        var row = await connection.QuerySingleOrDefaultAsync<OrganizationRow>(new CommandDefinition(
            OrganizationRow.SelectSql + " WHERE o.id = @key", new { key }, transaction.Transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (row is null)
        {
            return new OrganizationState { Id = key };
        }

        var members = await connection.QueryAsync<(string, string, long, string?)>(new CommandDefinition(
            "SELECT user_id, role, joined_at, added_by FROM memberships WHERE organization_id = @key",
            new { key },
            transaction.Transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        var roles = RoleCatalogue.BuiltInOnly;
        if (row.ParentId is null)
        {
            var custom = await connection.QueryAsync<(string, string)>(new CommandDefinition(
                "SELECT name, permissions FROM custom_roles WHERE root_id = @key",
                new { key },
                transaction.Transaction,
                cancellationToken: cancellationToken)).ConfigureAwait(false);
            roles = RoleCatalogue.Create(custom.Select(r => KeyValuePair.Create(r.Item1, CustomRolePermissions.Parse(r.Item2))));
        }

        // 110,000 organizations stay in memory (one personal organization per user): the grain key's string
        // stands for this organization's id wherever it appears, the chain's for every ancestor, and the
        // personal owner's for its membership, instead of one fresh string per column read.
        var chain = await TreeMembership.ChainAsync(transaction, key, cancellationToken).ConfigureAwait(false);
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
