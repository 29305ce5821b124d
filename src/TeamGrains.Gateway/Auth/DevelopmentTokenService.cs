using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace TeamGrains.Gateway.Auth;

/// <summary>
/// Issues and checks development tokens: <c>tgd_&lt;payload&gt;.&lt;signature&gt;</c>, the payload a
/// base64url JSON object (user id, email, expiry) and the signature its HMAC-SHA256 under
/// <see cref="AuthOptions.SigningKey"/>, so any node with the same key accepts a token another node issued.
/// </summary>
public sealed class DevelopmentTokenService
{
    public const string Prefix = "tgd_";

    private readonly byte[] _key;
    private readonly TimeSpan _lifetime;
    private readonly TimeProvider _clock;

    public DevelopmentTokenService(IOptions<AuthOptions> options, DevelopmentTokenPolicy policy, TimeProvider clock)
    {
        var configured = options.Value.SigningKey;
        // Without a configured key, tokens only work on this process: fine for one embedded node.
        _key = string.IsNullOrEmpty(configured) ? RandomNumberGenerator.GetBytes(32) : Encoding.UTF8.GetBytes(configured);
        if (_key.Length < 32)
        {
            throw new InvalidOperationException("Auth:SigningKey must be at least 32 bytes long.");
        }

        _lifetime = options.Value.DevelopmentTokenLifetime;
        _clock = clock;
        Enabled = policy.Enabled;
    }

    /// <summary>Whether development tokens (and signUp) are switched on here.</summary>
    public bool Enabled { get; }

    public string Issue(string userId, string email)
    {
        var expires = _clock.GetUtcNow().Add(_lifetime).ToUnixTimeSeconds();
        var payload = JsonSerializer.SerializeToUtf8Bytes(new DevelopmentTokenPayload(userId, email, expires));
        var body = Prefix + Base64UrlEncoder.Encode(payload);
        return body + "." + Base64UrlEncoder.Encode(Sign(body));
    }

    /// <summary>The payload of a valid, unexpired token signed with our key; null otherwise.</summary>
    public DevelopmentTokenPayload? Validate(string token)
    {
        if (!Enabled || !token.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var dot = token.LastIndexOf('.');
        if (dot < 0)
        {
            return null;
        }

        try
        {
            var body = token[..dot];
            var signature = Base64UrlEncoder.DecodeBytes(token[(dot + 1)..]);
            if (!CryptographicOperations.FixedTimeEquals(signature, Sign(body)))
            {
                return null;
            }

            var payload = JsonSerializer.Deserialize<DevelopmentTokenPayload>(Base64UrlEncoder.DecodeBytes(body[Prefix.Length..]));
            return payload is not null && payload.Exp > _clock.GetUtcNow().ToUnixTimeSeconds() ? payload : null;
        }
        catch (Exception e) when (e is FormatException or JsonException or ArgumentException)
        {
            return null;
        }
    }

    private byte[] Sign(string body) => HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(body));
}
