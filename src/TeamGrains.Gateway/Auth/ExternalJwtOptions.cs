namespace TeamGrains.Gateway.Auth;

/// <summary>How external JWTs are validated (configuration section <c>Auth:Jwt</c>).</summary>
public sealed class ExternalJwtOptions
{
    public string? Issuer { get; set; }

    public string? Audience { get; set; }

    /// <summary>Symmetric keys (HS256, text of at least 32 bytes) accepted for signatures.</summary>
    public List<string> SymmetricKeys { get; set; } = [];

    /// <summary>RSA or EC public keys in PEM (RS256/ES256) accepted for signatures.</summary>
    public List<string> PublicKeysPem { get; set; } = [];

    public bool IsConfigured => SymmetricKeys.Count > 0 || PublicKeysPem.Count > 0;
}
