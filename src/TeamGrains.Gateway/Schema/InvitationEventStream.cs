using System.Runtime.CompilerServices;
using System.Threading.Channels;
using TeamGrains.Interfaces.Invitations;
using TeamGrains.Silo.Grains.Invitations;

namespace TeamGrains.Gateway.Schema;

/// <summary>
/// A subscription's source of invitation events that listens from the moment it is made (not from the
/// first read), so that once a client's subscribe is acknowledged by any later answer on the same
/// connection, no event committed afterwards can be missed.
/// </summary>
public static class InvitationEventStream
{
    /// <param name="stillAllowed">
    /// Asked before each event is delivered: a subscriber who lost the right to see these events (removed
    /// from the organization, role lowered) gets no further events, and the stream ends.
    /// </param>
    public static IAsyncEnumerable<object?> Start(
        InvitationEvents events,
        InvitationEventFilter filter,
        string? organizationScope,
        Func<Task<bool>>? stillAllowed,
        CancellationToken cancellationToken)
    {
        // Unbounded: the change feed calls back synchronously and must never wait for a slow client.
        var channel = Channel.CreateUnbounded<InvitationEvent>(new UnboundedChannelOptions { SingleReader = true });
        var subscription = events.Subscribe(filter, e =>
        {
            if (organizationScope is null || e.Invitation.OrganizationId == organizationScope)
            {
                channel.Writer.TryWrite(e);
            }
        });
        var stopping = cancellationToken.Register(subscription.Dispose);
        return ReadAsync(channel.Reader, subscription, stopping, stillAllowed, cancellationToken);
    }

    private static async IAsyncEnumerable<object?> ReadAsync(
        ChannelReader<InvitationEvent> reader,
        IDisposable subscription,
        CancellationTokenRegistration stopping,
        Func<Task<bool>>? stillAllowed,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        try
        {
            while (await reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                while (reader.TryRead(out var invitationEvent))
                {
                    if (stillAllowed is not null && !await stillAllowed().ConfigureAwait(false))
                    {
                        yield break;
                    }

                    yield return invitationEvent;
                }
            }
        }
        finally
        {
            await stopping.DisposeAsync().ConfigureAwait(false);
            subscription.Dispose();
        }
    }
}
