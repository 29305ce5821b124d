using Dapper;
using TeamGrains.Silo.Storage;

namespace TeamGrains.Silo.Grains.ApiKeys;

/// <summary>Loads an API key grain's state from the api_keys table.</summary>
internal sealed class ApiKeyStateStore : IGrainStateStore<ApiKeyState>
{
    public IReadOnlyList<string> Queries { get; } = [ApiKeyRows.SelectColumns + " WHERE id = @key"];

    public async Task<ApiKeyState> ReadAsync(string key, SqlMapper.GridReader results)
    {
        var row = await results.ReadSingleOrDefaultAsync<ApiKeyRow>().ConfigureAwait(false);
        return row is null ? ApiKeyState.Empty : new ApiKeyState(row.ToDto(), row.SecretHash);
    }
}
