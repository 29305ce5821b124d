using TeamGrains.Interfaces.Runtime;

namespace TeamGrains.Interfaces.ApiKeys;

/// <summary>
/// One API key, keyed by its id (the id is also part of the secret, so a secret names its grain).
/// A new key is made by calling <see cref="CreateAsync"/> on a fresh key (<see cref="Ids.New"/>).
/// </summary>
public interface IApiKeyGrain : IGrainWithStringKey
{
    /// <summary>Creates the key for <paramref name="actorUserId"/> in one organization where they hold apikeys:create.</summary>
    Task<CreatedApiKey> CreateAsync(string actorUserId, CreateApiKeyRequest request, string? requestId = null);

    /// <summary>The key without authorization, or null if it does not exist (the gateway shows keys to their owner only).</summary>
    [AlwaysInterleave]
    Task<ApiKeyDto?> GetAsync();

    /// <summary>Revokes the key: by its owner, or by a holder of members:manage in its organization. Idempotent.</summary>
    Task<ApiKeyDto> RevokeAsync(string actorUserId, string? requestId = null);

    /// <summary>
    /// Checks a presented secret: the principal, or UNAUTHENTICATED when the secret is wrong, the key is
    /// revoked or expired, its user is deactivated or no longer a member of its organization.
    /// </summary>
    [AlwaysInterleave]
    Task<ApiKeyPrincipal> AuthenticateAsync(string secret);
}
