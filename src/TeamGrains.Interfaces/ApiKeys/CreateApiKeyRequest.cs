namespace TeamGrains.Interfaces.ApiKeys;

/// <summary>The contract's CreateApiKeyInput; <paramref name="ExpiresAt"/> null means the key never expires.</summary>
public sealed record CreateApiKeyRequest(string OrganizationId, string Name, DateTimeOffset? ExpiresAt = null);
