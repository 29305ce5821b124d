namespace TeamGrains.Silo.Grains.Invitations;

/// <summary>Which invitation events a subscriber wants: those to one invitee email, or those of one organization.</summary>
public sealed record InvitationEventFilter
{
    private InvitationEventFilter(string? email, string? organizationId)
    {
        Email = email;
        OrganizationId = organizationId;
    }

    /// <summary>Normalised invitee email, when filtering by invitee.</summary>
    public string? Email { get; }

    /// <summary>Organization id, when filtering by organization (that organization only, not its descendants).</summary>
    public string? OrganizationId { get; }

    /// <summary>Events of invitations addressed to <paramref name="email"/> (compared normalised).</summary>
    public static InvitationEventFilter ForInvitee(string email) => new(email.Trim().ToLowerInvariant(), null);

    /// <summary>Events of invitations to <paramref name="organizationId"/>.</summary>
    public static InvitationEventFilter ForOrganization(string organizationId) => new(null, organizationId);

    internal bool Matches(Interfaces.Invitations.InvitationDto invitation)
        => Email is not null
            ? string.Equals(invitation.Email, Email, StringComparison.Ordinal)
            : string.Equals(invitation.OrganizationId, OrganizationId, StringComparison.Ordinal);
}
