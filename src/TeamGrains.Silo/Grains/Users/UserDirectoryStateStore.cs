using Dapper;
using TeamGrains.Silo.Storage;

namespace TeamGrains.Silo.Grains.Users;

/// <summary>Loads the user of one normalised email.</summary>
internal sealed class UserDirectoryStateStore : IGrainStateStore<UserDirectoryState>
{
    public async Task<UserDirectoryState> ReadAsync(string key, IStorageTransaction transaction, CancellationToken cancellationToken)
        => new()
        {
            User = await transaction.Connection.QuerySingleOrDefaultAsync<UserRow>(new CommandDefinition(
                UserRow.SelectSql + " WHERE u.email = @key", new { key }, transaction.Transaction, cancellationToken: cancellationToken)).ConfigureAwait(false),
        };
}
