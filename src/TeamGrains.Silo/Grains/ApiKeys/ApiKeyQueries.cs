using TeamGrains.Interfaces.ApiKeys;
using TeamGrains.Silo.Storage;

namespace TeamGrains.Silo.Grains.ApiKeys;

/// <summary>Lists of API keys (User.apiKeys): a user sees only their own keys, never a secret.</summary>
public sealed class ApiKeyQueries
{
    private readonly IStorage _storage;

    public ApiKeyQueries(IStorage storage)
    {
        _storage = storage;
    }

    /// <summary>The acting user's keys, newest first, optionally only those of one organization.</summary>
    public Task<IReadOnlyList<ApiKeyDto>> GetForUserAsync(string actorUserId, string? organizationId = null, CancellationToken cancellationToken = default)
        => _storage.ReadAsync<IReadOnlyList<ApiKeyDto>>(
            async (tx, ct) => (await ApiKeyRows.ListAsync(tx, actorUserId, organizationId, ct).ConfigureAwait(false)).ConvertAll(r => r.ToDto()),
            cancellationToken);
}
