using Microsoft.Extensions.Options;
using TeamGrains.Interfaces;
using TeamGrains.Interfaces.Invitations;
using TeamGrains.Interfaces.Organizations;
using TeamGrains.Interfaces.Permissions;
using TeamGrains.Interfaces.Users;
using TeamGrains.Silo.Grains.ApiKeys;
using TeamGrains.Silo.Grains.Shared;
using TeamGrains.Silo.Permissions;
using TeamGrains.Silo.Runtime;
using TeamGrains.Silo.Storage;

namespace TeamGrains.Silo.Grains.Invitations;

/// <summary>
/// One invitation. Decisions are taken on the loaded state and re-checked inside the writing transaction
/// (which locks the organization tree), so that ALREADY_MEMBER, ALREADY_INVITED and the seat limit hold
/// against committed data even when other nodes invite into the same tree at the same moment.
/// </summary>
internal sealed partial class InvitationGrain : Grain<InvitationState>, IInvitationGrain
{
    /// <summary>Longest invitation message accepted.</summary>
    public const int MaxMessageLength = 2000;

    private readonly InvitationOptions _options;
    private readonly TimeProvider _time;

    public InvitationGrain(IOptions<InvitationOptions> options, TimeProvider time)
    {
        _options = options.Value;
        _time = time;
    }

    public async Task<IssuedInvitation> CreateAsync(string actorUserId, InviteMemberRequest request, string? requestId = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (State.Invitation is not null)
        {
            throw new TeamGrainsException(ErrorCodes.Conflict, "An invitation with this id exists already.");
        }

        var email = EmailAddress.Normalize(request.Email);
        var message = NormaliseMessage(request.Message);
        var teamIds = (request.TeamIds ?? []).Distinct(StringComparer.Ordinal).ToList();
        var (organization, role) = await AuthorizeInviterAsync(actorUserId, request.OrganizationId, request.Role ?? BuiltInRoles.Viewer, email);

        var now = _time.GetUtcNow();
        var token = InvitationToken.New(GrainKey);
        var tokenHash = SecretHash.Of(token);
        var invitation = new InvitationDto(
            GrainKey, organization.Id, email, role.Name, teamIds, actorUserId, message,
            InvitationStatus.Pending, now, now + _options.Expiry, ResentAt: null);

        await WriteCreationAsync(async (tx, ct) =>
        {
            await TreeLocks.LockTreeAsync(tx, organization.RootId, ct);
            await CustomRoleLocks.LockAsync(tx, organization.Id, role.Name, ct);
            var foreign = await InvitationRows.ForeignTeamsAsync(tx, organization.Id, teamIds, ct);
            if (foreign.Count > 0)
            {
                throw Errors.BadInput($"Team {foreign[0]} is not a team of this organization.");
            }

            await EnsureInvitableAsync(tx, invitation, ct);
            await InvitationRows.InsertAsync(tx, invitation, organization.RootId, tokenHash, ct);
            await SeatCounter.EnsureWithinLimitAsync(tx, organization.RootId, ct);
            await InvitationJournal.RecordAsync(tx, InvitationEventKind.Created, null, invitation, actorUserId, requestId, now, ct);
        }, () => State = new InvitationState(invitation, organization.RootId, tokenHash));
        return new IssuedInvitation(invitation, token);
    }

    public Task<InvitationDto?> FindAsync()
        => Task.FromResult(State.Invitation is { } invitation ? InvitationStatuses.AsOf(invitation, _time.GetUtcNow()) : null);

    public async Task<InvitationDto> GetAsync(string actorUserId)
    {
        var invitation = RequireExisting();
        if (!await IsInviteeAsync(actorUserId, invitation))
        {
            var access = await GrainFactory.GetGrain<IUserGrain>(actorUserId).GetAccessAsync(invitation.OrganizationId);
            if (!access.IsMember || !access.Permissions.Contains(PermissionNames.MembersView))
            {
                throw NotFound();
            }
        }

        return InvitationStatuses.AsOf(invitation, _time.GetUtcNow());
    }

    public Task<bool> VerifyTokenAsync(string token)
        => Task.FromResult(State.TokenHash is { } hash && token is not null && SecretHash.Matches(token, hash));

    /// <summary>
    /// The organization and the role to grant, after every check that needs
    /// no transaction: members:manage, a role the inviter may grant, allowed domains and SSO.
    /// </summary>
    private async Task<(OrganizationDto Organization, RoleDefinition Role)> AuthorizeInviterAsync(
        string actorUserId, string organizationId, string roleName, string email)
    {
        var permissions = await ActorAccess.RequireAsync(GrainFactory, actorUserId, organizationId, PermissionNames.MembersManage);
        var organizationGrain = GrainFactory.GetGrain<IOrganizationGrain>(organizationId);
        var organization = await organizationGrain.FindAsync() ?? throw Errors.NotFound("Organization");
        var lineage = await organizationGrain.GetLineageAsync() ?? throw Errors.NotFound("Organization");
        var role = lineage.Roles.Get(RoleCatalogue.NormalizeName(roleName));
        RoleAssignmentRules.CheckGrant(permissions, role).ThrowIfDenied();
        var settings = organization.Settings;
        InvitationDomainRules.CheckInvite(email, settings.AllowedEmailDomains, settings.SsoEnabled, permissions).ThrowIfDenied();
        return (organization, role);
    }

    /// <summary>
    /// Inside the transaction that holds the tree lock: records EXPIRED for stale PENDING invitations of the
    /// same email and organization (so they neither block nor count), then refuses a direct member or a
    /// second PENDING invitation.
    /// </summary>
    private async Task EnsureInvitableAsync(IStorageTransaction tx, InvitationDto invitation, CancellationToken ct)
    {
        var now = _time.GetUtcNow();
        foreach (var stale in await InvitationRows.DuePendingAsync(tx, invitation.OrganizationId, invitation.Email, invitation.Id, now, ct))
        {
            var before = stale.ToDto();
            var expired = before with { Status = InvitationStatus.Expired };
            await InvitationRows.UpdateAsync(tx, expired, stale.TokenHash, now, null, ct);
            await InvitationJournal.RecordAsync(tx, InvitationEventKind.Expired, before, expired, null, null, now, ct);
        }

        if (await InvitationRows.IsDirectMemberAsync(tx, invitation.OrganizationId, invitation.Email, ct))
        {
            throw Errors.AlreadyMember();
        }

        if (await InvitationRows.HasOtherPendingAsync(tx, invitation.OrganizationId, invitation.Email, invitation.Id, now, ct))
        {
            throw AlreadyInvited();
        }
    }

    /// <summary>
    /// The tree lock makes a second PENDING invitation impossible, but should two writers ever meet on the
    /// unique index of pending invitations, the loser gets the contract's answer rather than a storage error.
    /// </summary>
    private async Task WriteCreationAsync(Func<IStorageTransaction, CancellationToken, Task> changes, Action apply)
    {
        try
        {
            await WriteStateAsync(InvitationChange.KindOf(InvitationEventKind.Created), changes, apply);
        }
        catch (UniqueViolationException)
        {
            throw AlreadyInvited();
        }
    }

    private static string? NormaliseMessage(string? message)
    {
        var trimmed = message?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        return trimmed.Length <= MaxMessageLength
            ? trimmed
            : throw Errors.BadInput($"The message has at most {MaxMessageLength} characters.");
    }

    private InvitationDto RequireExisting() => State.Invitation ?? throw NotFound();

    private static TeamGrainsException NotFound() => Errors.NotFound("Invitation");

    private static TeamGrainsException AlreadyInvited()
        => new(ErrorCodes.AlreadyInvited, "A pending invitation for this email exists already.");
}
