using TeamGrains.Interfaces.ApiKeys;

namespace TeamGrains.Silo.Grains.ApiKeys;

/// <summary>One row of the api_keys table as Dapper reads it (times in Unix milliseconds).</summary>
internal sealed class ApiKeyRow
{
    public string Id { get; init; } = "";

    public string UserId { get; init; } = "";

    public string OrganizationId { get; init; } = "";

    public string Name { get; init; } = "";

    public string SecretHash { get; init; } = "";

    public long CreatedAt { get; init; }

    public long? LastUsedAt { get; init; }

    public long? ExpiresAt { get; init; }

    public long? RevokedAt { get; init; }

    public ApiKeyDto ToDto() => new(
        Id,
        UserId,
        OrganizationId,
        Name,
        DateTimeOffset.FromUnixTimeMilliseconds(CreatedAt),
        LastUsedAt is { } used ? DateTimeOffset.FromUnixTimeMilliseconds(used) : null,
        ExpiresAt is { } expires ? DateTimeOffset.FromUnixTimeMilliseconds(expires) : null,
        Revoked: RevokedAt is not null);
}
