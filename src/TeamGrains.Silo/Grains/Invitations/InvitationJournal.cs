using TeamGrains.Interfaces.Invitations;
using TeamGrains.Interfaces.Runtime;
using TeamGrains.Silo.Grains.Shared;
using TeamGrains.Silo.Storage;

namespace TeamGrains.Silo.Grains.Invitations;

/// <summary>
/// Records an invitation change inside its transaction: the audit row of the organization and the
/// change-log event that feeds subscriptions on every node (<see cref="InvitationEvents"/>).
/// </summary>
internal static class InvitationJournal
{
    public static async Task RecordAsync(
        IStorageTransaction tx,
        InvitationEventKind kind,
        InvitationDto? before,
        InvitationDto after,
        string? actorUserId,
        string? requestId,
        DateTimeOffset at,
        CancellationToken cancellationToken)
    {
        await AuditLog.AppendAsync(
            tx,
            after.OrganizationId,
            actorUserId,
            InvitationChange.KindOf(kind).ToLowerInvariant(),
            after.Id,
            before is null ? null : Summary(before),
            Summary(after),
            requestId,
            cancellationToken).ConfigureAwait(false);
        tx.AddChange(
            new GrainId(InvitationChange.GrainType, after.Id),
            InvitationChange.KindOf(kind),
            InvitationChange.Of(after, at).ToJson());
    }

    // What an auditor needs to see; the token hash stays out of the audit log.
    private static object Summary(InvitationDto invitation) => new
    {
        invitation.Email,
        invitation.Role,
        status = InvitationStatuses.ToText(invitation.Status),
        teams = invitation.TeamIds,
        invitation.ExpiresAt,
    };
}
