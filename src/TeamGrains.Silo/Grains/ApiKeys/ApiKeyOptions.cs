namespace TeamGrains.Silo.Grains.ApiKeys;

/// <summary>Settings of API keys (configuration section "ApiKeys").</summary>
public sealed class ApiKeyOptions
{
    public const string SectionName = "ApiKeys";

    /// <summary>
    /// lastUsedAt is written at most this often per key: the authentication hot path then costs a database
    /// write only once a minute per key, however many requests the key makes.
    /// </summary>
    public TimeSpan LastUsedInterval { get; set; } = TimeSpan.FromMinutes(1);
}
