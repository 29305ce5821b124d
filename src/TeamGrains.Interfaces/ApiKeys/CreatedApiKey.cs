namespace TeamGrains.Interfaces.ApiKeys;

/// <summary>A new key and its secret: the only time the secret exists outside the caller's hands.</summary>
public sealed record CreatedApiKey(ApiKeyDto ApiKey, string Secret);
