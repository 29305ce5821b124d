namespace TeamGrains.Interfaces.ApiKeys;

/// <summary>Makes opaque API key ids.</summary>
public static class ApiKeyIds
{
    /// <summary>A new random id (a GUID without dashes, so it never contains the secret's separator '_').</summary>
    public static string New() => Guid.NewGuid().ToString("N");
}
