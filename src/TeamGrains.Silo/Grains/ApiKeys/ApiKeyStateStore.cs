using TeamGrains.Silo.Storage;

namespace TeamGrains.Silo.Grains.ApiKeys;

/// <summary>Loads an API key grain's state from the api_keys table.</summary>
internal sealed class ApiKeyStateStore : IGrainStateStore<ApiKeyState>
{
    public async Task<ApiKeyState> ReadAsync(string key, IStorageTransaction transaction, CancellationToken cancellationToken)
    {
        var row = await ApiKeyRows.FindAsync(transaction, key, cancellationToken).ConfigureAwait(false);
        return row is null ? ApiKeyState.Empty : new ApiKeyState(row.ToDto(), row.SecretHash);
    }
}
