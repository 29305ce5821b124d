using System.Security.Cryptography;
using System.Text;

namespace TeamGrains.Silo.Grains.ApiKeys;

/// <summary>
/// Hashes of high-entropy secrets (API key secrets, invitation tokens). A plain SHA-256 is enough
/// here, and a slow password hash (bcrypt, Argon2) would only slow the authentication hot path:
/// slow hashes protect guessable passwords, but these secrets carry 256 random bits, so a stolen
/// hash cannot be reversed by guessing, however fast each guess is.
/// </summary>
internal static class SecretHash
{
    /// <summary>32 random bytes in base64url (43 characters, no padding).</summary>
    public static string NewSecret()
    {
        Span<byte> bytes = stackalloc byte[32];
        RandomNumberGenerator.Fill(bytes);
        return Base64Url(bytes);
    }

    /// <summary>The SHA-256 of the secret's UTF-8 bytes, in lower-case hex (what the tables store).</summary>
    public static string Of(string secret)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(secret), hash);
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>Whether <paramref name="secret"/> hashes to <paramref name="storedHash"/>, compared in constant time.</summary>
    public static bool Matches(string secret, string storedHash)
    {
        var presented = Encoding.ASCII.GetBytes(Of(secret));
        var stored = Encoding.ASCII.GetBytes(storedHash);
        return CryptographicOperations.FixedTimeEquals(presented, stored);
    }

    /// <summary>
    /// Reads the id out of a secret shaped <c>&lt;prefix&gt;&lt;id&gt;_&lt;random&gt;</c>; false for anything else.
    /// Ids never contain '_' (they are dash-less GUIDs), the random part may.
    /// </summary>
    public static bool TryReadId(string prefix, string? secret, out string id)
    {
        id = "";
        if (secret is null || !secret.StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var separator = secret.IndexOf('_', prefix.Length);
        if (separator <= prefix.Length || separator == secret.Length - 1)
        {
            return false;
        }

        id = secret[prefix.Length..separator];
        return true;
    }

    private static string Base64Url(ReadOnlySpan<byte> bytes)
        => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
