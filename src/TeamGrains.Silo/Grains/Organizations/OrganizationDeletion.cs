using Dapper;
using TeamGrains.Silo.Grains.Shared;
using TeamGrains.Silo.Storage;

namespace TeamGrains.Silo.Grains.Organizations;

/// <summary>
/// Deletes one leaf organization with everything that belongs to it, naming every grain whose state goes
/// with it. Rows are deleted explicitly (not only by ON DELETE CASCADE) so that the result is the same on
/// a SQLite connection without foreign-key enforcement.
/// </summary>
internal static class OrganizationDeletion
{
    private static readonly string[] s_deletes =
    [
        """
        DELETE FROM resource_bindings
         WHERE resource_id IN (SELECT id FROM resources WHERE organization_id = @id)
            OR team_id IN (SELECT id FROM teams WHERE organization_id = @id)
        """,
        "DELETE FROM resources WHERE organization_id = @id",
        """
        DELETE FROM invitation_teams
         WHERE invitation_id IN (SELECT id FROM invitations WHERE organization_id = @id)
            OR team_id IN (SELECT id FROM teams WHERE organization_id = @id)
        """,
        "DELETE FROM invitations WHERE organization_id = @id",
        "DELETE FROM team_members WHERE team_id IN (SELECT id FROM teams WHERE organization_id = @id)",
        "DELETE FROM teams WHERE organization_id = @id",
        "DELETE FROM api_keys WHERE organization_id = @id",
        "DELETE FROM memberships WHERE organization_id = @id",
        "DELETE FROM custom_roles WHERE root_id = @id",
        "DELETE FROM organization_email_domains WHERE organization_id = @id",
        "DELETE FROM organizations WHERE id = @id",
    ];

    /// <summary>BAD_USER_INPUT while the organization has sub-organizations (checked against committed rows).</summary>
    public static async Task DeleteAsync(IStorageTransaction tx, string id, CancellationToken cancellationToken)
    {
        var connection = tx.Connection;
        var children = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM organizations WHERE parent_id = @id", new { id }, tx.Transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (children > 0)
        {
            throw Errors.BadInput("Delete the sub-organizations first.");
        }

        await NameAsync(tx, "SELECT user_id FROM memberships WHERE organization_id = @id", id, DomainGrainIds.User, cancellationToken).ConfigureAwait(false);
        await NameAsync(tx, "SELECT tm.user_id FROM team_members tm JOIN teams t ON t.id = tm.team_id WHERE t.organization_id = @id", id, DomainGrainIds.User, cancellationToken).ConfigureAwait(false);
        await NameAsync(tx, "SELECT id FROM teams WHERE organization_id = @id", id, DomainGrainIds.Team, cancellationToken).ConfigureAwait(false);
        await NameAsync(tx, "SELECT id FROM resources WHERE organization_id = @id", id, DomainGrainIds.Resource, cancellationToken).ConfigureAwait(false);
        await NameAsync(tx, "SELECT id FROM api_keys WHERE organization_id = @id", id, DomainGrainIds.ApiKey, cancellationToken).ConfigureAwait(false);
        await NameAsync(tx, "SELECT id FROM invitations WHERE organization_id = @id", id, key => new(DomainGrainIds.InvitationType, key), cancellationToken).ConfigureAwait(false);
        foreach (var sql in s_deletes)
        {
            await connection.ExecuteAsync(new CommandDefinition(sql, new { id }, tx.Transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }
    }

    private static async Task NameAsync(
        IStorageTransaction tx, string sql, string id, Func<string, Interfaces.Runtime.GrainId> grain, CancellationToken cancellationToken)
    {
        foreach (var key in (await tx.Connection.QueryAsync<string>(new CommandDefinition(
            sql, new { id }, tx.Transaction, cancellationToken: cancellationToken)).ConfigureAwait(false)).Distinct())
        {
            tx.AddChange(grain(key), "organization.deleted");
        }
    }
}
