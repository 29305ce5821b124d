using System.Security.Claims;
using TeamGrains.Gateway.Execution;

namespace TeamGrains.Gateway.Auth;

/// <summary>Carries a <see cref="GatewayCaller"/> through ASP.NET Core's <see cref="ClaimsPrincipal"/>.</summary>
public static class CallerClaims
{
    public const string Scheme = "TeamGrains";
    private const string UserId = "sub";
    private const string Email = "email";
    private const string Kind = "tg:credential_kind";
    private const string CredentialId = "tg:credential_id";
    private const string OrganizationScope = "tg:organization";

    public static ClaimsPrincipal ToPrincipal(GatewayCaller caller)
    {
        var claims = new List<Claim>
        {
            new(UserId, caller.UserId),
            new(Kind, caller.Kind.ToString()),
            new(CredentialId, caller.CredentialId),
        };
        if (caller.Email is not null)
        {
            claims.Add(new Claim(Email, caller.Email));
        }

        if (caller.OrganizationScope is not null)
        {
            claims.Add(new Claim(OrganizationScope, caller.OrganizationScope));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme, UserId, null));
    }

    /// <summary>The caller of an authenticated principal; null for an anonymous one.</summary>
    public static GatewayCaller? ToCaller(this ClaimsPrincipal principal)
    {
        if (principal.Identity is not { IsAuthenticated: true, AuthenticationType: Scheme })
        {
            return null;
        }

        return new GatewayCaller(
            principal.FindFirstValue(UserId)!,
            principal.FindFirstValue(Email),
            Enum.Parse<CredentialKind>(principal.FindFirstValue(Kind)!),
            principal.FindFirstValue(CredentialId)!,
            principal.FindFirstValue(OrganizationScope));
    }

    /// <summary>The rate-limit partition of a principal: its credential when authenticated.</summary>
    public static string? CredentialPartition(this ClaimsPrincipal principal) =>
        principal.Identity is { IsAuthenticated: true, AuthenticationType: Scheme } ? principal.FindFirstValue(CredentialId) : null;
}
