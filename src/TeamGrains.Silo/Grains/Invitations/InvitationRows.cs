using Dapper;
using TeamGrains.Interfaces.Invitations;
using TeamGrains.Silo.Grains.Shared;
using TeamGrains.Silo.Storage;

namespace TeamGrains.Silo.Grains.Invitations;

/// <summary>The SQL of the invitations and invitation_teams tables (times in Unix milliseconds).</summary>
internal static class InvitationRows
{
    public const string SelectColumns = """
        SELECT id AS Id, organization_id AS OrganizationId, root_id AS RootId, email AS Email, role AS Role,
               invited_by AS InvitedBy, message AS Message, status AS Status, token_hash AS TokenHash,
               created_at AS CreatedAt, expires_at AS ExpiresAt, resent_at AS ResentAt
          FROM invitations
        """;

    public static async Task<InvitationRow?> FindAsync(IStorageTransaction tx, string id, CancellationToken cancellationToken)
    {
        var row = await tx.Connection.QuerySingleOrDefaultAsync<InvitationRow>(Command(
            tx, SelectColumns + " WHERE id = @id", new { id }, cancellationToken)).ConfigureAwait(false);
        if (row is not null)
        {
            await LoadTeamsAsync(tx, [row], cancellationToken).ConfigureAwait(false);
        }

        return row;
    }

    /// <summary>Fills <see cref="InvitationRow.TeamIds"/> of the rows with one query.</summary>
    public static async Task LoadTeamsAsync(IStorageTransaction tx, IReadOnlyList<InvitationRow> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var byId = rows.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var teams = await tx.Connection.QueryAsync<(string InvitationId, string TeamId)>(Command(
            tx,
            $"SELECT invitation_id, team_id FROM invitation_teams WHERE {SqlLists.In(tx.Dialect, "invitation_id", "ids")} ORDER BY team_id",
            new { ids = byId.Keys.ToArray() },
            cancellationToken)).ConfigureAwait(false);
        foreach (var (invitationId, teamId) in teams)
        {
            byId[invitationId].TeamIds.Add(teamId);
        }
    }

    public static async Task InsertAsync(
        IStorageTransaction tx, InvitationDto invitation, string rootId, string tokenHash, CancellationToken cancellationToken)
    {
        await tx.Connection.ExecuteAsync(Command(
            tx,
            """
            INSERT INTO invitations (id, organization_id, root_id, email, role, invited_by, message, status,
                                     token_hash, created_at, expires_at, resent_at)
            VALUES (@Id, @OrganizationId, @rootId, @Email, @Role, @InvitedByUserId, @Message, @status,
                    @tokenHash, @createdAt, @expiresAt, NULL)
            """,
            new
            {
                invitation.Id,
                invitation.OrganizationId,
                rootId,
                invitation.Email,
                invitation.Role,
                invitation.InvitedByUserId,
                invitation.Message,
                status = InvitationStatuses.ToText(invitation.Status),
                tokenHash,
                createdAt = invitation.CreatedAt.ToUnixTimeMilliseconds(),
                expiresAt = invitation.ExpiresAt.ToUnixTimeMilliseconds(),
            },
            cancellationToken)).ConfigureAwait(false);
        foreach (var teamId in invitation.TeamIds)
        {
            await tx.Connection.ExecuteAsync(Command(
                tx,
                "INSERT INTO invitation_teams (invitation_id, team_id) VALUES (@invitationId, @teamId)",
                new { invitationId = invitation.Id, teamId },
                cancellationToken)).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Writes status, expiry, resent-at and token of an existing invitation; an ACCEPTED or DECLINED status also
    /// records when the invitee responded, and ACCEPTED by whom.
    /// </summary>
    public static Task UpdateAsync(
        IStorageTransaction tx, InvitationDto invitation, string tokenHash, DateTimeOffset now, string? acceptedBy, CancellationToken cancellationToken)
        => tx.Connection.ExecuteAsync(Command(
            tx,
            """
            UPDATE invitations
               SET status = @status, expires_at = @expiresAt, resent_at = @resentAt, token_hash = @tokenHash,
                   responded_at = @respondedAt, accepted_by = @acceptedBy
             WHERE id = @Id
            """,
            new
            {
                invitation.Id,
                status = InvitationStatuses.ToText(invitation.Status),
                expiresAt = invitation.ExpiresAt.ToUnixTimeMilliseconds(),
                resentAt = invitation.ResentAt?.ToUnixTimeMilliseconds(),
                tokenHash,
                respondedAt = invitation.Status is InvitationStatus.Accepted or InvitationStatus.Declined ? now.ToUnixTimeMilliseconds() : (long?)null,
                acceptedBy,
            },
            cancellationToken));

    /// <summary>PENDING invitations of the email to the organization that are past their expiry (other than <paramref name="exceptId"/>).</summary>
    public static async Task<List<InvitationRow>> DuePendingAsync(
        IStorageTransaction tx, string organizationId, string email, string exceptId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var rows = (await tx.Connection.QueryAsync<InvitationRow>(Command(
            tx,
            SelectColumns + " WHERE organization_id = @organizationId AND email = @email AND status = 'PENDING' AND expires_at <= @now AND id <> @exceptId",
            new { organizationId, email, exceptId, now = now.ToUnixTimeMilliseconds() },
            cancellationToken)).ConfigureAwait(false)).ToList();
        await LoadTeamsAsync(tx, rows, cancellationToken).ConfigureAwait(false);
        return rows;
    }

    /// <summary>Whether another unexpired PENDING invitation of the email to the organization exists.</summary>
    public static async Task<bool> HasOtherPendingAsync(
        IStorageTransaction tx, string organizationId, string email, string exceptId, DateTimeOffset now, CancellationToken cancellationToken)
        => await tx.Connection.ExecuteScalarAsync<long>(Command(
            tx,
            "SELECT COUNT(*) FROM invitations WHERE organization_id = @organizationId AND email = @email AND status = 'PENDING' AND expires_at > @now AND id <> @exceptId",
            new { organizationId, email, exceptId, now = now.ToUnixTimeMilliseconds() },
            cancellationToken)).ConfigureAwait(false) > 0;

    /// <summary>Whether the user with this email is a direct member of the organization.</summary>
    public static async Task<bool> IsDirectMemberAsync(IStorageTransaction tx, string organizationId, string email, CancellationToken cancellationToken)
        => await tx.Connection.ExecuteScalarAsync<long>(Command(
            tx,
            "SELECT COUNT(*) FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.organization_id = @organizationId AND u.email = @email",
            new { organizationId, email },
            cancellationToken)).ConfigureAwait(false) > 0;

    /// <summary>The ids among <paramref name="teamIds"/> that are not teams of the organization.</summary>
    public static async Task<List<string>> ForeignTeamsAsync(
        IStorageTransaction tx, string organizationId, IReadOnlyList<string> teamIds, CancellationToken cancellationToken)
    {
        if (teamIds.Count == 0)
        {
            return [];
        }

        var own = (await tx.Connection.QueryAsync<string>(Command(
            tx,
            $"SELECT id FROM teams WHERE {SqlLists.In(tx.Dialect, "id", "teamIds")} AND organization_id = @organizationId",
            new { teamIds = teamIds.ToArray(), organizationId },
            cancellationToken)).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);
        return teamIds.Where(t => !own.Contains(t)).ToList();
    }

    /// <summary>Ids of PENDING invitations past their expiry, oldest expiry first (for the sweep).</summary>
    public static async Task<List<string>> DueIdsAsync(IStorageTransaction tx, DateTimeOffset now, int limit, CancellationToken cancellationToken)
        => (await tx.Connection.QueryAsync<string>(Command(
            tx,
            "SELECT id FROM invitations WHERE status = 'PENDING' AND expires_at <= @now ORDER BY expires_at LIMIT @limit",
            new { now = now.ToUnixTimeMilliseconds(), limit },
            cancellationToken)).ConfigureAwait(false)).ToList();

    private static CommandDefinition Command(IStorageTransaction tx, string sql, object parameters, CancellationToken cancellationToken)
        => new(sql, parameters, tx.Transaction, cancellationToken: cancellationToken);
}
