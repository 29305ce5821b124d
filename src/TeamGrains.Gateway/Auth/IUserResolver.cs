namespace TeamGrains.Gateway.Auth;

/// <summary>Maps identities from tokens to TeamGrains users.</summary>
public interface IUserResolver
{
    /// <summary>The user with this normalised email, created (with a personal organization) on first sight.</summary>
    Task<ResolvedUser> FindOrCreateByEmailAsync(string email, string? displayName, CancellationToken cancellationToken);

    /// <summary>The user with this id, or null when there is none.</summary>
    Task<ResolvedUser?> FindByIdAsync(string userId, CancellationToken cancellationToken);
}
