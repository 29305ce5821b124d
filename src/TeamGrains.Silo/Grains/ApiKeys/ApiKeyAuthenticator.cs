using TeamGrains.Interfaces;
using TeamGrains.Interfaces.ApiKeys;
using TeamGrains.Interfaces.Runtime;

namespace TeamGrains.Silo.Grains.ApiKeys;

/// <summary>
/// The gateway's entry point for API-key requests: finds the key's grain from the id inside the secret
/// and lets it check the secret. The principal then acts with its user's current effective permissions
/// in its organization only; the gateway must refuse any other organization for this request.
/// </summary>
public sealed class ApiKeyAuthenticator
{
    private readonly IGrainFactory _grains;

    public ApiKeyAuthenticator(IGrainFactory grains)
    {
        _grains = grains;
    }

    /// <summary>The principal of a valid secret; UNAUTHENTICATED for anything else.</summary>
    public Task<ApiKeyPrincipal> AuthenticateAsync(string? secret)
        => ApiKeySecret.TryGetKeyId(secret, out var keyId)
            ? _grains.GetGrain<IApiKeyGrain>(keyId).AuthenticateAsync(secret!)
            : Task.FromException<ApiKeyPrincipal>(new TeamGrainsException(ErrorCodes.Unauthenticated, "Invalid API key."));

    /// <summary>Whether a bearer credential looks like an API key secret (rather than a token of another kind).</summary>
    public static bool LooksLikeApiKey(string? credential)
        => credential is not null && credential.StartsWith(ApiKeySecret.Prefix, StringComparison.Ordinal);
}
