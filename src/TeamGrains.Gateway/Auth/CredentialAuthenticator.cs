using TeamGrains.Gateway.Execution;
using TeamGrains.Interfaces;

namespace TeamGrains.Gateway.Auth;

/// <summary>
/// Turns a bearer credential into a caller, trying in order: API keys (<c>tgk_</c>), development
/// tokens (<c>tgd_</c>, when enabled), external JWTs. HTTP and WebSocket share it.
/// </summary>
public sealed class CredentialAuthenticator(
    DevelopmentTokenService developmentTokens,
    ExternalJwtValidator externalJwt,
    IApiKeyVerifier apiKeys,
    IUserResolver users,
    VerifiedTokenCache cache)
{
    public const string ApiKeyPrefix = "tgk_";
    private const string BearerPrefix = "Bearer ";
    private const string Refused = "The credential is not valid.";

    /// <summary>Checks an <c>Authorization</c> value (<c>Bearer &lt;token&gt;</c>); empty means anonymous.</summary>
    public async Task<AuthenticationOutcome> AuthenticateAsync(string? authorization, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(authorization))
        {
            return AuthenticationOutcome.NoCredential;
        }

        if (!authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticationOutcome.Failure("Only Bearer credentials are accepted.");
        }

        var token = authorization[BearerPrefix.Length..].Trim();
        try
        {
            var caller = await AuthenticateTokenAsync(token, cancellationToken).ConfigureAwait(false);
            return caller is null ? AuthenticationOutcome.Failure(Refused) : AuthenticationOutcome.Success(caller);
        }
        catch (TeamGrainsException e) when (e.Code is not (ErrorCodes.Unavailable or ErrorCodes.Conflict))
        {
            // E.g. a JWT whose email is malformed: the credential is as good as none.
            return AuthenticationOutcome.Failure(Refused);
        }
        catch (Exception e) when (e is TeamGrainsException or System.Data.Common.DbException or TimeoutException)
        {
            // Storage is unreachable (PostgreSQL restarting): telling the client its credential is bad
            // would sign it out; it must retry instead.
            return AuthenticationOutcome.CouldNotCheck;
        }
    }

    private async Task<GatewayCaller?> AuthenticateTokenAsync(string token, CancellationToken cancellationToken) =>
        token.StartsWith(ApiKeyPrefix, StringComparison.Ordinal)
            ? await FromApiKeyAsync(token, cancellationToken).ConfigureAwait(false)
            : token.StartsWith(DevelopmentTokenService.Prefix, StringComparison.Ordinal)
                ? await FromDevelopmentTokenAsync(token, cancellationToken).ConfigureAwait(false)
                : await FromExternalJwtAsync(token, cancellationToken).ConfigureAwait(false);

    private async Task<GatewayCaller?> FromApiKeyAsync(string secret, CancellationToken cancellationToken)
    {
        var key = await apiKeys.VerifyAsync(secret, cancellationToken).ConfigureAwait(false);
        return key is null ? null : new GatewayCaller(key.UserId, null, CredentialKind.ApiKey, "key:" + key.KeyId, key.OrganizationId);
    }

    private async Task<GatewayCaller?> FromDevelopmentTokenAsync(string token, CancellationToken cancellationToken)
    {
        if (cache.Get(token) is { } known)
        {
            return known;
        }

        var payload = developmentTokens.Validate(token);
        if (payload is null)
        {
            return null;
        }

        var user = await users.FindByIdAsync(payload.Sub, cancellationToken).ConfigureAwait(false);
        if (user is null)
        {
            return null;
        }

        var caller = new GatewayCaller(user.UserId, user.Email, CredentialKind.DevelopmentToken, "user:" + user.UserId, null);
        cache.Add(token, caller, DateTimeOffset.FromUnixTimeSeconds(payload.Exp));
        return caller;
    }

    private async Task<GatewayCaller?> FromExternalJwtAsync(string token, CancellationToken cancellationToken)
    {
        if (cache.Get(token) is { } known)
        {
            return known;
        }

        var identity = await externalJwt.ValidateAsync(token).ConfigureAwait(false);
        if (identity is null)
        {
            return null;
        }

        var user = identity.Email is not null
            ? await users.FindOrCreateByEmailAsync(identity.Email, identity.Name, cancellationToken).ConfigureAwait(false)
            : await users.FindByIdAsync(identity.Subject!, cancellationToken).ConfigureAwait(false);
        if (user is null)
        {
            return null;
        }

        var caller = new GatewayCaller(user.UserId, user.Email, CredentialKind.ExternalJwt, "user:" + user.UserId, null);
        cache.Add(token, caller, identity.Expires);
        return caller;
    }
}
