using TeamGrains.Interfaces;
using TeamGrains.Interfaces.ApiKeys;
using TeamGrains.Interfaces.Runtime;
using TeamGrains.Silo.Grains.ApiKeys;

namespace TeamGrains.Gateway.Auth;

/// <summary>Checks API key secrets with the key's own grain (the secret names the key id).</summary>
public sealed class GrainApiKeyVerifier(IGrainFactory grains) : IApiKeyVerifier
{
    public async Task<VerifiedApiKey?> VerifyAsync(string secret, CancellationToken cancellationToken)
    {
        if (!ApiKeySecret.TryGetKeyId(secret, out var keyId))
        {
            return null;
        }

        try
        {
            var principal = await grains.GetGrain<IApiKeyGrain>(keyId).AuthenticateAsync(secret).ConfigureAwait(false);
            return new VerifiedApiKey(principal.KeyId, principal.UserId, principal.OrganizationId);
        }
        catch (TeamGrainsException e) when (e.Code is ErrorCodes.Unauthenticated or ErrorCodes.NotFound)
        {
            return null;
        }
    }
}
