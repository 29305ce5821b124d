using Dapper;
using TeamGrains.Interfaces.Permissions;
using TeamGrains.Silo.Grains.Shared;
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

        return new OrganizationState
        {
            Exists = true,
            Id = row.Id,
            Name = row.Name,
            ParentId = row.ParentId,
            RootId = row.RootId,
            PersonalOwnerId = row.PersonalOwnerId,
            CreatedAt = row.CreatedAt,
            Chain = await TreeMembership.ChainAsync(transaction, key, cancellationToken).ConfigureAwait(false),
            Members = members.ToDictionary(m => m.Item1, m => new DirectMember(m.Item1, m.Item2, m.Item3, m.Item4), StringComparer.Ordinal),
            Roles = roles,
        };
    }
}
