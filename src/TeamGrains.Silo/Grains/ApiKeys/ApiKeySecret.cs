namespace TeamGrains.Silo.Grains.ApiKeys;

/// <summary>
/// The format of an API key secret: <c>tgk_&lt;key id&gt;_&lt;32 random bytes, base64url&gt;</c>. The
/// id in the secret names the key's grain, so authentication needs no look-up by hash; the random
/// part is what makes it a secret. The prefix lets secret scanners recognise leaked keys.
/// </summary>
public static class ApiKeySecret
{
    public const string Prefix = "tgk_";

    /// <summary>A new secret for key <paramref name="keyId"/>.</summary>
    internal static string New(string keyId) => Prefix + keyId + "_" + SecretHash.NewSecret();

    /// <summary>Reads the key id out of a presented secret; false for anything not shaped like a secret.</summary>
    public static bool TryGetKeyId(string? secret, out string keyId)
        => SecretHash.TryReadId(Prefix, secret, out keyId);
}
