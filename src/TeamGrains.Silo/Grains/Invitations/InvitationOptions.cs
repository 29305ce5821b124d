namespace TeamGrains.Silo.Grains.Invitations;

/// <summary>Settings of invitations (configuration section "Invitations").</summary>
public sealed class InvitationOptions
{
    public const string SectionName = "Invitations";

    /// <summary>How long an invitation stays PENDING after it is created or resent (the contract's default: 7 days).</summary>
    public TimeSpan Expiry { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often each node looks for PENDING invitations past their expiry to record them as EXPIRED.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>At most this many invitations are expired per sweep (the next sweep takes the rest).</summary>
    public int SweepBatchSize { get; set; } = 500;
}
