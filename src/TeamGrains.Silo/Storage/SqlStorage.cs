using Microsoft.Extensions.Options;
using TeamGrains.Interfaces;
using TeamGrains.Silo.Runtime;
using TeamGrains.Silo.Storage.Internal;

namespace TeamGrains.Silo.Storage;

/// <summary>
/// <see cref="IStorage"/> over the configured provider. A write that loses to a concurrent one
/// (serialization failure, deadlock, SQLite busy) is run again, up to
/// <see cref="GrainRuntimeOptions.MaxConflictRetries"/> times, then fails with CONFLICT.
/// </summary>
internal sealed class SqlStorage(TransactionRunner runner, ChangeFeed feed, IOptions<GrainRuntimeOptions> options) : IStorage
{
    public StorageDialect Dialect => runner.Dialect;

    public Task<T> ReadAsync<T>(Func<IStorageTransaction, CancellationToken, Task<T>> read, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(read);
        return runner.ReadAsync(read, cancellationToken);
    }

    /// <summary>Returns the commit's last change-log position, or the applied position when it named no change.</summary>
    public async Task<long> WriteAsync(Func<IStorageTransaction, CancellationToken, Task> write, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(write);
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var result = await runner.WriteAsync(null, 0, null, write, cancellationToken).ConfigureAwait(false);
                if (result.Changes.Count == 0)
                {
                    return feed.AppliedPosition;
                }

                feed.Offer(result.Changes, writer: null);
                return result.Position;
            }
            catch (GrainConflictException) when (attempt < options.Value.MaxConflictRetries)
            {
                // Lost to a concurrent transaction; the whole write runs again.
            }
            catch (GrainConflictException)
            {
                throw new TeamGrainsException(ErrorCodes.Conflict, "The change conflicted with concurrent changes; retry it.");
            }
        }
    }
}
