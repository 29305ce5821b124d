using TeamGrains.Interfaces.Runtime;

namespace TeamGrains.Interfaces.Invitations;

/// <summary>
/// One invitation, keyed by its id. A new invitation is made by calling <see cref="CreateAsync"/> on a
/// fresh key (<see cref="Ids.New"/>). Every change is one transaction with its audit row and
/// its change-log event. Errors are <see cref="TeamGrainsException"/> with contract codes.
/// </summary>
public interface IInvitationGrain : IGrainWithStringKey
{
    /// <summary>
    /// Invites an email on behalf of <paramref name="actorUserId"/> (members:manage in the organization or an
    /// ancestor; a role they may grant; allowed domains and SSO; seat limit of the root).
    /// </summary>
    Task<IssuedInvitation> CreateAsync(string actorUserId, InviteMemberRequest request, string? requestId = null);

    /// <summary>The invitation without authorization, or null; a PENDING one past its expiry reads as EXPIRED.</summary>
    [AlwaysInterleave]
    Task<InvitationDto?> FindAsync();

    /// <summary>
    /// The invitation for a caller who may see it: the invitee (by email) or a holder of members:view in its
    /// organization; NOT_FOUND for anyone else.
    /// </summary>
    [AlwaysInterleave]
    Task<InvitationDto> GetAsync(string actorUserId);

    /// <summary>
    /// Renews the expiry and the link token; re-opens a DECLINED or EXPIRED invitation as PENDING (a new
    /// pending seat). Needs members:manage; ACCEPTED or REVOKED: INVITATION_NOT_PENDING.
    /// </summary>
    Task<IssuedInvitation> ResendAsync(string actorUserId, string? requestId = null);

    /// <summary>Withdraws a PENDING invitation (members:manage); otherwise INVITATION_NOT_PENDING.</summary>
    Task<InvitationDto> RevokeAsync(string actorUserId, string? requestId = null);

    /// <summary>
    /// The invitee accepts: a DIRECT membership of exactly the invitation's organization with its role, and its
    /// teams, in one transaction with the status change. Others: NOT_FOUND; not PENDING: INVITATION_NOT_PENDING;
    /// already a direct member there: ALREADY_MEMBER (the invitation stays PENDING).
    /// </summary>
    Task<AcceptedInvitation> AcceptAsync(string actorUserId, string? requestId = null);

    /// <summary>The invitee declines (others: NOT_FOUND; not PENDING: INVITATION_NOT_PENDING).</summary>
    Task<InvitationDto> DeclineAsync(string actorUserId, string? requestId = null);

    /// <summary>Whether <paramref name="token"/> is this invitation's current email-link token (hashes compared in constant time).</summary>
    [AlwaysInterleave]
    Task<bool> VerifyTokenAsync(string token);

    /// <summary>Records EXPIRED if the invitation is PENDING and past its expiry (the periodic sweep calls this); returns whether it did.</summary>
    Task<bool> ExpireIfDueAsync();
}
