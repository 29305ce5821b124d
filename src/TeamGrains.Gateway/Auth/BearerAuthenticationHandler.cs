using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using TeamGrains.Gateway.Execution;

namespace TeamGrains.Gateway.Auth;

/// <summary>
/// The gateway's one authentication scheme: reads <c>Authorization: Bearer</c> and hands it to the
/// <see cref="CredentialAuthenticator"/>. No header means anonymous; a bad credential fails, and the
/// GraphQL endpoint answers 401 with UNAUTHENTICATED.
/// </summary>
public sealed class BearerAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    CredentialAuthenticator authenticator,
    ConsistencyTokens consistency)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        // A consistency token in the header is honoured before the credential is checked, so an API key
        // revoked (or a member removed) on another node is refused here once that change is applied.
        // A bad or unreachable token is reported by the operation itself, with its own code.
        var token = Request.Headers[ConsistencyTokens.HeaderName].ToString();
        if (token.Length > 0)
        {
            _ = await consistency.WaitAsync(token, Context.RequestAborted).ConfigureAwait(false);
        }

        var header = Request.Headers[HeaderNames.Authorization].ToString();
        var outcome = await authenticator.AuthenticateAsync(header, Context.RequestAborted).ConfigureAwait(false);
        if (outcome.Caller is not null)
        {
            return AuthenticateResult.Success(new AuthenticationTicket(CallerClaims.ToPrincipal(outcome.Caller), Scheme.Name));
        }

        if (outcome.Unavailable)
        {
            return AuthenticateResult.Fail(new TeamGrains.Interfaces.TeamGrainsException(TeamGrains.Interfaces.ErrorCodes.Unavailable, outcome.FailureMessage!));
        }

        return outcome.Failed ? AuthenticateResult.Fail(outcome.FailureMessage!) : AuthenticateResult.NoResult();
    }
}
