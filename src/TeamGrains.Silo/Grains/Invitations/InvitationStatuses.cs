using TeamGrains.Interfaces.Invitations;

namespace TeamGrains.Silo.Grains.Invitations;

/// <summary>The stored text of statuses, and the lazy expiry rule shared by reads, accept and the sweep.</summary>
public static class InvitationStatuses
{
    public const string Pending = "PENDING";

    public static string ToText(InvitationStatus status) => status.ToString().ToUpperInvariant();

    public static InvitationStatus Parse(string text) => Enum.Parse<InvitationStatus>(text, ignoreCase: true);

    /// <summary>Whether a PENDING invitation is past its expiry at <paramref name="now"/> (then it reads as EXPIRED).</summary>
    public static bool IsDue(InvitationDto invitation, DateTimeOffset now)
        => invitation.Status == InvitationStatus.Pending && invitation.ExpiresAt <= now;

    /// <summary>The invitation as seen at <paramref name="now"/>: EXPIRED once a PENDING one is past its expiry.</summary>
    public static InvitationDto AsOf(InvitationDto invitation, DateTimeOffset now)
        => IsDue(invitation, now) ? invitation with { Status = InvitationStatus.Expired } : invitation;
}
