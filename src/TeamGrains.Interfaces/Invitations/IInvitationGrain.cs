using TeamGrains.Interfaces.Runtime;

namespace TeamGrains.Interfaces.Invitations;

/// <summary>
/// One invitation, keyed by its id. A new invitation is made by calling <see cref="CreateAsync"/> on a
/// fresh key (<see cref="InvitationIds.New"/>). Every change is one transaction with its audit row and
/// its change-log event. Errors are <see cref="TeamGrainsException"/> with contract codes.
/// </summary>
public interface IInvitationGrain : IGrainWithStringKey
{
    /// <summary>Invites an email to an organization on behalf of <paramref name="actorUserId"/> (needs members:manage).</summary>
    Task<CreatedInvitation> CreateAsync(string actorUserId, InviteMemberRequest request);

    /// <summary>The invitation, or null if it does not exist; a PENDING one past its expiry reads as EXPIRED.</summary>
    [AlwaysInterleave]
    Task<InvitationDto?> GetAsync();

    /// <summary>Renews the expiry; re-opens a DECLINED or EXPIRED invitation as PENDING (a new pending seat). Needs members:manage.</summary>
    Task<InvitationDto> ResendAsync(string actorUserId);

    /// <summary>Withdraws a PENDING invitation (needs members:manage); otherwise INVITATION_NOT_PENDING.</summary>
    Task<InvitationDto> RevokeAsync(string actorUserId);

    /// <summary>Accepts on behalf of the invitee (whose email must equal the invitation's, else NOT_FOUND).</summary>
    Task<AcceptedInvitation> AcceptAsync(string actorUserId);

    /// <summary>Declines on behalf of the invitee (whose email must equal the invitation's, else NOT_FOUND).</summary>
    Task<InvitationDto> DeclineAsync(string actorUserId);

    /// <summary>Whether <paramref name="token"/> is this invitation's email-link token (constant-time comparison of hashes).</summary>
    [AlwaysInterleave]
    Task<bool> VerifyTokenAsync(string token);

    /// <summary>Records EXPIRED if the invitation is PENDING and past its expiry (the periodic sweep calls this); returns whether it did.</summary>
    Task<bool> ExpireIfDueAsync();
}
