using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading.Channels;
using TeamGrains.Interfaces;
using TeamGrains.Interfaces.Invitations;
using TeamGrains.Interfaces.Permissions;
using TeamGrains.Interfaces.Runtime;
using TeamGrains.Interfaces.Users;
using TeamGrains.Silo.Grains.Shared;
using TeamGrains.Silo.Storage;

namespace TeamGrains.Silo.Grains.Invitations;

/// <summary>
/// Invitation events for subscriptions, read from this node's change feed: every node sees every
/// commit in order, so a subscriber here receives changes made on any node. The gateway binds
/// <c>invitationReceived</c> to <see cref="ForInviteeAsync"/> and <c>invitationChanged</c> to
/// <see cref="ForOrganizationAsync"/> (after its own members:view check).
/// </summary>
public sealed class InvitationEvents
{
    private readonly IChangeFeed _changeFeed;
    private readonly IGrainFactory _grains;

    public InvitationEvents(IChangeFeed changeFeed, IGrainFactory grains)
    {
        _changeFeed = changeFeed;
        _grains = grains;
    }

    /// <summary>
    /// <c>invitationReceived</c> for the signed-in <paramref name="actorUserId"/>: events of invitations to
    /// their email (every kind; the gateway may narrow it). NOT_FOUND for an unknown user.
    /// </summary>
    public async Task<IAsyncEnumerable<InvitationEvent>> OpenForUserAsync(string actorUserId, CancellationToken cancellationToken = default)
    {
        var user = await _grains.GetGrain<IUserGrain>(actorUserId).FindAsync().ConfigureAwait(false)
            ?? throw new TeamGrainsException(ErrorCodes.NotFound, "User not found.");
        return ForInviteeAsync(user.Email, cancellationToken);
    }

    /// <summary>
    /// <c>invitationChanged(organizationId)</c>: checks members:view there first (NOT_FOUND for non-members,
    /// FORBIDDEN otherwise), then streams the organization's events. The check is made once, at subscription.
    /// </summary>
    public async Task<IAsyncEnumerable<InvitationEvent>> OpenForOrganizationAsync(
        string actorUserId, string organizationId, CancellationToken cancellationToken = default)
    {
        await ActorAccess.RequireAsync(_grains, actorUserId, organizationId, PermissionNames.MembersView).ConfigureAwait(false);
        return ForOrganizationAsync(organizationId, cancellationToken);
    }

    /// <summary>The typed event in a change-log record, or false for records that are not invitation events.</summary>
    public static bool TryRead(ChangeRecord record, out InvitationEvent invitationEvent)
    {
        invitationEvent = null!;
        if (record.Grain.Type != InvitationChange.GrainType
            || record.Payload is null
            || !InvitationChange.TryParseKind(record.Kind, out var kind))
        {
            return false;
        }

        InvitationChange? change;
        try
        {
            change = InvitationChange.FromJson(record.Payload);
        }
        catch (JsonException)
        {
            // A row this version cannot read (written by a newer node, say) is skipped, not fatal to the feed.
            return false;
        }

        if (change is null)
        {
            return false;
        }

        invitationEvent = new InvitationEvent(kind, change.Invitation, change.At, record.Position);
        return true;
    }

    /// <summary>Calls <paramref name="onEvent"/> for every matching event, in commit order, until disposed.</summary>
    public IDisposable Subscribe(InvitationEventFilter filter, Action<InvitationEvent> onEvent)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(onEvent);
        return _changeFeed.Subscribe(record =>
        {
            if (TryRead(record, out var invitationEvent) && filter.Matches(invitationEvent.Invitation))
            {
                onEvent(invitationEvent);
            }
        });
    }

    /// <summary>Events of invitations addressed to <paramref name="email"/>, from now until cancelled.</summary>
    public IAsyncEnumerable<InvitationEvent> ForInviteeAsync(string email, CancellationToken cancellationToken = default)
        => StreamAsync(InvitationEventFilter.ForInvitee(email), cancellationToken);

    /// <summary>Events of invitations to <paramref name="organizationId"/>, from now until cancelled.</summary>
    public IAsyncEnumerable<InvitationEvent> ForOrganizationAsync(string organizationId, CancellationToken cancellationToken = default)
        => StreamAsync(InvitationEventFilter.ForOrganization(organizationId), cancellationToken);

    /// <summary>Matching events from now until cancelled; the subscription ends when the enumeration does.</summary>
    public async IAsyncEnumerable<InvitationEvent> StreamAsync(
        InvitationEventFilter filter,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // Unbounded: the feed calls back synchronously and must never block on a slow subscriber;
        // the gateway's socket back-pressure (and its connection limits) bound what one client can pile up.
        var channel = Channel.CreateUnbounded<InvitationEvent>(new UnboundedChannelOptions { SingleReader = true });
        using var subscription = Subscribe(filter, e => channel.Writer.TryWrite(e));
        while (await channel.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
        {
            while (channel.Reader.TryRead(out var invitationEvent))
            {
                yield return invitationEvent;
            }
        }
    }
}
