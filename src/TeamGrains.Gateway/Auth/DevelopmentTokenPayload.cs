using System.Text.Json.Serialization;

namespace TeamGrains.Gateway.Auth;

/// <summary>What a development token says: the user, their email, and when it expires (Unix seconds).</summary>
public sealed record DevelopmentTokenPayload(
    [property: JsonPropertyName("sub")] string Sub,
    [property: JsonPropertyName("email")] string Email,
    [property: JsonPropertyName("exp")] long Exp);
