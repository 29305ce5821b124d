using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace TeamGrains.Gateway.Auth;

/// <summary>Validates JWTs from an external identity provider against the configured keys, issuer and audience.</summary>
public sealed class ExternalJwtValidator
{
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly TokenValidationParameters? _parameters;

    public ExternalJwtValidator(IOptions<AuthOptions> options)
    {
        var jwt = options.Value.Jwt;
        if (!jwt.IsConfigured)
        {
            return;
        }

        var keys = new List<SecurityKey>();
        keys.AddRange(jwt.SymmetricKeys.Select(k => new SymmetricSecurityKey(Encoding.UTF8.GetBytes(k))));
        foreach (var pem in jwt.PublicKeysPem)
        {
            keys.Add(ImportPublicKey(pem));
        }

        _parameters = new TokenValidationParameters
        {
            IssuerSigningKeys = keys,
            ValidateIssuer = jwt.Issuer is not null,
            ValidIssuer = jwt.Issuer,
            ValidateAudience = jwt.Audience is not null,
            ValidAudience = jwt.Audience,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            ClockSkew = TimeSpan.FromSeconds(30),
        };
    }

    public bool IsConfigured => _parameters is not null;

    /// <summary>The subject and email of a valid token, or null when it is not valid here.</summary>
    public async Task<ExternalIdentity?> ValidateAsync(string token)
    {
        if (_parameters is null || !_handler.CanReadToken(token))
        {
            return null;
        }

        var result = await _handler.ValidateTokenAsync(token, _parameters).ConfigureAwait(false);
        if (!result.IsValid)
        {
            return null;
        }

        var subject = result.Claims.TryGetValue("sub", out var sub) ? sub as string : null;
        var email = result.Claims.TryGetValue("email", out var mail) ? mail as string : null;
        var name = result.Claims.TryGetValue("name", out var n) ? n as string : null;
        var expires = new DateTimeOffset(result.SecurityToken.ValidTo, TimeSpan.Zero);
        return subject is null && email is null ? null : new ExternalIdentity(subject, email, name, expires);
    }

    private static SecurityKey ImportPublicKey(string pem)
    {
        // "BEGIN PUBLIC KEY" is used for RSA and EC keys alike: try RSA first.
        var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(pem);
            return new RsaSecurityKey(rsa);
        }
        catch (CryptographicException)
        {
            rsa.Dispose();
            var ec = ECDsa.Create();
            ec.ImportFromPem(pem);
            return new ECDsaSecurityKey(ec);
        }
    }
}
