using Dapper;
using TeamGrains.Silo.Storage;

namespace TeamGrains.Silo.Grains.Users;

/// <summary>Loads the user of one normalised email.</summary>
internal sealed class UserDirectoryStateStore : IGrainStateStore<UserDirectoryState>
{
    public IReadOnlyList<string> Queries { get; } = [UserRow.SelectSql + " WHERE u.email = @key"];

    public async Task<UserDirectoryState> ReadAsync(string key, SqlMapper.GridReader results)
        => new() { User = await results.ReadSingleOrDefaultAsync<UserRow>().ConfigureAwait(false) };
}
