using TeamGrains.Interfaces.ApiKeys;

namespace TeamGrains.Silo.Grains.ApiKeys;

/// <summary>The state of one API key grain: the key (null until created) and the SHA-256 of its secret.</summary>
internal sealed record ApiKeyState(ApiKeyDto? Key, string? SecretHash)
{
    public static ApiKeyState Empty { get; } = new(null, null);
}
