namespace TeamGrains.Gateway.Auth;

/// <summary>Authentication settings (configuration section <c>Auth</c>).</summary>
public sealed class AuthOptions
{
    public const string SectionName = "Auth";

    /// <summary>
    /// The HMAC key that signs development tokens (at least 32 bytes of text). Every node that shares it
    /// accepts the others' tokens; without it, a random per-process key is used.
    /// </summary>
    public string? SigningKey { get; set; }

    /// <summary>Whether signUp and development tokens work; null means "only in the Development environment".</summary>
    public bool? DevelopmentTokens { get; set; }

    public TimeSpan DevelopmentTokenLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>External identity provider tokens; ignored when no signing key is configured.</summary>
    public ExternalJwtOptions Jwt { get; set; } = new();
}
