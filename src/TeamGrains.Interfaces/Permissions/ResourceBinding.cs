namespace TeamGrains.Interfaces.Permissions;

/// <summary>An access level bound on a resource to exactly one user or one team.</summary>
public sealed record ResourceBinding
{
    private ResourceBinding(string? userId, string? teamId, AccessLevel level)
    {
        UserId = userId;
        TeamId = teamId;
        Level = level;
    }

    /// <summary>The bound user, or null for a team binding.</summary>
    public string? UserId { get; }

    /// <summary>The bound team, or null for a user binding.</summary>
    public string? TeamId { get; }

    public AccessLevel Level { get; }

    public static ResourceBinding ForUser(string userId, AccessLevel level) =>
        new(userId ?? throw new ArgumentNullException(nameof(userId)), null, level);

    public static ResourceBinding ForTeam(string teamId, AccessLevel level) =>
        new(null, teamId ?? throw new ArgumentNullException(nameof(teamId)), level);
}
