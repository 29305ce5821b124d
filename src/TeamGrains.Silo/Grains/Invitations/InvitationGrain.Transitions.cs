using TeamGrains.Interfaces;
using TeamGrains.Interfaces.Invitations;
using TeamGrains.Interfaces.Organizations;
using TeamGrains.Interfaces.Permissions;
using TeamGrains.Interfaces.Users;
using TeamGrains.Silo.Grains.ApiKeys;
using TeamGrains.Silo.Grains.Shared;

namespace TeamGrains.Silo.Grains.Invitations;

/// <summary>The status changes of an existing invitation: PENDING → ACCEPTED | DECLINED | REVOKED | EXPIRED, and resend.</summary>
internal sealed partial class InvitationGrain
{
    public async Task<IssuedInvitation> ResendAsync(string actorUserId, string? requestId = null)
    {
        var current = RequireExisting();

        // A resend re-issues the invitation on the resender's authority: the same checks as inviting.
        var (organization, _) = await AuthorizeInviterAsync(actorUserId, current.OrganizationId, current.Role, current.Email);
        if (current.Status is InvitationStatus.Accepted or InvitationStatus.Revoked)
        {
            throw NotPending();
        }

        var now = _time.GetUtcNow();
        var token = InvitationToken.New(GrainKey);
        var tokenHash = SecretHash.Of(token);
        var resent = current with { Status = InvitationStatus.Pending, ExpiresAt = now + _options.Expiry, ResentAt = now };
        var reopens = current.Status != InvitationStatus.Pending;

        await WriteStateAsync(InvitationChange.KindOf(InvitationEventKind.Resent), async (tx, ct) =>
        {
            await TreeLocks.LockTreeAsync(tx, organization.RootId, ct);
            if (reopens || InvitationStatuses.IsDue(current, now))
            {
                // Re-opened (or lazily expired and renewed): it becomes a new pending seat, so it must pass
                // the invitation checks again against committed data.
                await EnsureInvitableAsync(tx, resent, ct);
                await InvitationRows.UpdateAsync(tx, resent, tokenHash, now, null, ct);
                await SeatCounter.EnsureWithinLimitAsync(tx, organization.RootId, ct);
            }
            else
            {
                // Still pending: it holds its seat already, so a lowered limit does not stop a reminder.
                await InvitationRows.UpdateAsync(tx, resent, tokenHash, now, null, ct);
            }

            await InvitationJournal.RecordAsync(tx, InvitationEventKind.Resent, current, resent, actorUserId, requestId, now, ct);
        }, () => State = State with { Invitation = resent, TokenHash = tokenHash });
        return new IssuedInvitation(resent, token);
    }

    public async Task<InvitationDto> RevokeAsync(string actorUserId, string? requestId = null)
    {
        var current = RequireExisting();
        await ActorAccess.RequireAsync(GrainFactory, actorUserId, current.OrganizationId, PermissionNames.MembersManage);
        await RequirePendingAsync(current);
        return await ChangeStatusAsync(current, InvitationStatus.Revoked, InvitationEventKind.Revoked, actorUserId, requestId);
    }

    public async Task<InvitationDto> DeclineAsync(string actorUserId, string? requestId = null)
    {
        var current = RequireExisting();
        await RequireInviteeAsync(actorUserId, current);
        await RequirePendingAsync(current);
        return await ChangeStatusAsync(current, InvitationStatus.Declined, InvitationEventKind.Declined, actorUserId, requestId);
    }

    public async Task<AcceptedInvitation> AcceptAsync(string actorUserId, string? requestId = null)
    {
        var current = RequireExisting();
        var invitee = await RequireInviteeAsync(actorUserId, current);
        if (invitee.Status != UserStatus.Active)
        {
            throw new TeamGrainsException(ErrorCodes.Forbidden, "A deactivated user cannot accept invitations.");
        }

        await RequirePendingAsync(current);

        // A custom role may have been deleted since the invitation was made; never grant a role that is gone.
        var lineage = await GrainFactory.GetGrain<IOrganizationGrain>(current.OrganizationId).GetLineageAsync() ?? throw NotFound();
        var role = lineage.Roles.TryGet(current.Role, out var definition)
            ? definition.Name
            : throw Errors.BadInput($"The invitation's role {current.Role} no longer exists; ask for a new invitation.");
        var now = _time.GetUtcNow();
        var accepted = current with { Status = InvitationStatus.Accepted };
        var rootId = State.RootId!;
        long joinedAt = 0;
        await WriteStateAsync(InvitationChange.KindOf(InvitationEventKind.Accepted), async (tx, ct) =>
        {
            // Locks the tree, refuses an existing direct membership (ALREADY_MEMBER), joins the teams, checks
            // the seat limit and writes the membership's audit row; all in this transaction.
            joinedAt = await MembershipWrites.AddAsync(
                tx,
                new NewMembership(current.OrganizationId, rootId, invitee.Id, role, current.InvitedByUserId, current.TeamIds, "invitation.accepted", requestId),
                ct);
            await InvitationRows.UpdateAsync(tx, accepted, State.TokenHash!, now, invitee.Id, ct);
            await InvitationJournal.RecordAsync(tx, InvitationEventKind.Accepted, current, accepted, actorUserId, requestId, now, ct);
        }, () => State = State with { Invitation = accepted });
        return new AcceptedInvitation(accepted, current.OrganizationId, invitee.Id, role, DateTimeOffset.FromUnixTimeMilliseconds(joinedAt));
    }

    public async Task<bool> ExpireIfDueAsync()
    {
        if (State.Invitation is not { } current || !InvitationStatuses.IsDue(current, _time.GetUtcNow()))
        {
            return false;
        }

        await ChangeStatusAsync(current, InvitationStatus.Expired, InvitationEventKind.Expired, actorUserId: null, requestId: null);
        return true;
    }

    /// <summary>INVITATION_NOT_PENDING unless PENDING; a PENDING invitation past its expiry is first recorded as EXPIRED.</summary>
    private async Task RequirePendingAsync(InvitationDto current)
    {
        if (current.Status != InvitationStatus.Pending)
        {
            throw NotPending();
        }

        if (await ExpireIfDueAsync())
        {
            throw NotPending();
        }
    }

    private async Task<InvitationDto> ChangeStatusAsync(
        InvitationDto current, InvitationStatus status, InvitationEventKind kind, string? actorUserId, string? requestId)
    {
        var now = _time.GetUtcNow();
        var changed = current with { Status = status };
        await WriteStateAsync(InvitationChange.KindOf(kind), async (tx, ct) =>
        {
            await InvitationRows.UpdateAsync(tx, changed, State.TokenHash!, now, null, ct);
            await InvitationJournal.RecordAsync(tx, kind, current, changed, actorUserId, requestId, now, ct);
        }, () => State = State with { Invitation = changed });
        return changed;
    }

    /// <summary>The acting user when they are the invitee; NOT_FOUND for anyone else (they may not learn it exists).</summary>
    private async Task<UserDto> RequireInviteeAsync(string actorUserId, InvitationDto invitation)
    {
        var user = await GrainFactory.GetGrain<IUserGrain>(actorUserId).FindAsync();
        return user is not null && string.Equals(user.Email, invitation.Email, StringComparison.Ordinal)
            ? user
            : throw NotFound();
    }

    private async Task<bool> IsInviteeAsync(string actorUserId, InvitationDto invitation)
    {
        var user = await GrainFactory.GetGrain<IUserGrain>(actorUserId).FindAsync();
        return user is not null && string.Equals(user.Email, invitation.Email, StringComparison.Ordinal);
    }

    private static TeamGrainsException NotPending()
        => new(ErrorCodes.InvitationNotPending, "The invitation is not pending.");
}
