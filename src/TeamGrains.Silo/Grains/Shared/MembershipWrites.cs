using Dapper;
using TeamGrains.Silo.Storage;

namespace TeamGrains.Silo.Grains.Shared;

/// <summary>
/// The SQL of adding and removing direct memberships, shared by the organization grain and the invitation
/// grain (accept) so that a membership change is one transaction with whatever else the caller writes.
/// Each method locks the tree, writes, checks the invariants (seat limit, last OWNER) against committed
/// data, appends the audit entry, and names every grain whose state changed (their activations reload).
/// </summary>
internal static class MembershipWrites
{
    /// <summary>
    /// Inserts a direct membership (and the team memberships asked for). ALREADY_MEMBER if the user is a
    /// direct member already; SEAT_LIMIT_REACHED if the tree would exceed its root's limit. Returns joined-at.
    /// </summary>
    public static async Task<long> AddAsync(IStorageTransaction tx, NewMembership membership, CancellationToken cancellationToken)
    {
        await TreeLocks.LockTreeAsync(tx, membership.RootId, cancellationToken).ConfigureAwait(false);
        await CustomRoleLocks.LockAsync(tx, membership.OrganizationId, membership.Role, cancellationToken).ConfigureAwait(false);
        var existing = await tx.Connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT role FROM memberships WHERE organization_id = @OrganizationId AND user_id = @UserId",
            membership,
            tx.Transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (existing is not null)
        {
            throw Errors.AlreadyMember();
        }

        var joinedAt = UnixTime.Now();
        await tx.Connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO memberships (organization_id, user_id, role, joined_at, added_by)
            VALUES (@OrganizationId, @UserId, @Role, @joinedAt, @AddedBy)
            """,
            new { membership.OrganizationId, membership.UserId, membership.Role, joinedAt, membership.AddedBy },
            tx.Transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);

        var teamIds = membership.TeamIds.Count == 0
            ? []
            : (await tx.Connection.QueryAsync<string>(new CommandDefinition(
                $"SELECT id FROM teams WHERE {SqlLists.In(tx.Dialect, "id", "teamIds")} AND organization_id = @organizationId",
                new { teamIds = membership.TeamIds.Distinct().ToArray(), organizationId = membership.OrganizationId },
                tx.Transaction,
                cancellationToken: cancellationToken)).ConfigureAwait(false)).ToList();
        foreach (var teamId in teamIds)
        {
            await tx.Connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO team_members (team_id, user_id, added_at, added_by) VALUES (@teamId, @userId, @joinedAt, @addedBy)",
                new { teamId, userId = membership.UserId, joinedAt, addedBy = membership.AddedBy },
                tx.Transaction,
                cancellationToken: cancellationToken)).ConfigureAwait(false);
            tx.AddChange(DomainGrainIds.Team(teamId), "team.member-added");
        }

        await SeatCounter.EnsureWithinLimitAsync(tx, membership.RootId, cancellationToken).ConfigureAwait(false);
        tx.AddChange(DomainGrainIds.Organization(membership.OrganizationId), "organization.member-added");
        tx.AddChange(DomainGrainIds.User(membership.UserId), "user.membership-added");
        await AuditLog.AppendAsync(
            tx, membership.OrganizationId, membership.AddedBy, membership.Action, membership.UserId,
            null, new { membership.Role, teams = teamIds }, membership.RequestId, cancellationToken).ConfigureAwait(false);
        return joinedAt;
    }

    /// <summary>
    /// Deletes the direct membership of <paramref name="userId"/> in <paramref name="organizationId"/>; the user
    /// then leaves the teams, and loses the API keys, of every organization of that subtree where they are no
    /// longer a member (an inherited membership from an ancestor keeps them). LAST_OWNER when the root would be
    /// left without an active OWNER. Returns false when there was no such membership.
    /// </summary>
    public static async Task<bool> RemoveAsync(
        IStorageTransaction tx,
        string organizationId,
        string rootId,
        string userId,
        string? actorId,
        string action,
        string? requestId,
        CancellationToken cancellationToken)
    {
        await TreeLocks.LockTreeAsync(tx, rootId, cancellationToken).ConfigureAwait(false);
        var role = await tx.Connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT role FROM memberships WHERE organization_id = @organizationId AND user_id = @userId",
            new { organizationId, userId },
            tx.Transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (role is null)
        {
            return false;
        }

        await tx.Connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM memberships WHERE organization_id = @organizationId AND user_id = @userId",
            new { organizationId, userId },
            tx.Transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        await OwnerRules.EnsureOwnerRemainsAsync(tx, rootId, cancellationToken).ConfigureAwait(false);

        var lost = await TreeMembership.OrganizationsLostAsync(tx, organizationId, rootId, userId, cancellationToken).ConfigureAwait(false);
        var (teams, keys) = await DetachAsync(tx, userId, lost, cancellationToken).ConfigureAwait(false);

        tx.AddChange(DomainGrainIds.Organization(organizationId), "organization.member-removed");
        tx.AddChange(DomainGrainIds.User(userId), "user.membership-removed");
        await AuditLog.AppendAsync(
            tx, organizationId, actorId, action, userId,
            new { role }, new { teamsLeft = teams, apiKeysRevoked = keys }, requestId, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Removes the user from the teams of the lost organizations and revokes their API keys there.</summary>
    private static async Task<(List<string> Teams, List<string> Keys)> DetachAsync(
        IStorageTransaction tx, string userId, IReadOnlySet<string> lostOrganizations, CancellationToken cancellationToken)
    {
        if (lostOrganizations.Count == 0)
        {
            return ([], []);
        }

        var teams = (await tx.Connection.QueryAsync<(string TeamId, string OrganizationId)>(new CommandDefinition(
            "SELECT t.id, t.organization_id FROM team_members tm JOIN teams t ON t.id = tm.team_id WHERE tm.user_id = @userId",
            new { userId },
            tx.Transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false))
            .Where(t => lostOrganizations.Contains(t.OrganizationId)).Select(t => t.TeamId).ToList();
        foreach (var teamId in teams)
        {
            await tx.Connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM team_members WHERE team_id = @teamId AND user_id = @userId",
                new { teamId, userId },
                tx.Transaction,
                cancellationToken: cancellationToken)).ConfigureAwait(false);
            tx.AddChange(DomainGrainIds.Team(teamId), "team.member-removed");
        }

        var keys = (await tx.Connection.QueryAsync<(string Id, string OrganizationId)>(new CommandDefinition(
            "SELECT id, organization_id FROM api_keys WHERE user_id = @userId AND revoked_at IS NULL",
            new { userId },
            tx.Transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false))
            .Where(k => lostOrganizations.Contains(k.OrganizationId)).Select(k => k.Id).ToList();
        foreach (var keyId in keys)
        {
            await tx.Connection.ExecuteAsync(new CommandDefinition(
                "UPDATE api_keys SET revoked_at = @now WHERE id = @keyId",
                new { keyId, now = UnixTime.Now() },
                tx.Transaction,
                cancellationToken: cancellationToken)).ConfigureAwait(false);
            tx.AddChange(DomainGrainIds.ApiKey(keyId), "apikey.revoked");
        }

        return (teams, keys);
    }
}
