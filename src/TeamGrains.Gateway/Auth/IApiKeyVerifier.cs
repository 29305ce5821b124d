namespace TeamGrains.Gateway.Auth;

/// <summary>Checks an API key secret (<c>tgk_...</c>) against the stored hashes.</summary>
public interface IApiKeyVerifier
{
    /// <summary>The key's identity, or null when it is unknown, revoked, expired or its user may no longer use it.</summary>
    Task<VerifiedApiKey?> VerifyAsync(string secret, CancellationToken cancellationToken);
}
