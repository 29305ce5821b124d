namespace TeamGrains.Interfaces.ApiKeys;

/// <summary>An API key as its owner sees it (the contract's ApiKey); never carries the secret.</summary>
public sealed record ApiKeyDto(
    string Id,
    string UserId,
    string OrganizationId,
    string Name,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LastUsedAt,
    DateTimeOffset? ExpiresAt,
    bool Revoked);
