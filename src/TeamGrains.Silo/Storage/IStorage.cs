namespace TeamGrains.Silo.Storage;

/// <summary>
/// The storage provider seen by code that is not a grain write: queries that span grains (look-ups
/// by email, paged lists) and writes that belong to no single grain. Grain writes go through
/// <c>Grain&lt;TState&gt;.WriteStateAsync</c>.
/// </summary>
public interface IStorage
{
    StorageDialect Dialect { get; }

    /// <summary>Runs <paramref name="read"/> in a read-only transaction.</summary>
    Task<T> ReadAsync<T>(Func<IStorageTransaction, CancellationToken, Task<T>> read, CancellationToken cancellationToken = default);

    /// <summary>Runs <paramref name="write"/> in one transaction with its change-log rows; returns the commit's change-log position.</summary>
    Task<long> WriteAsync(Func<IStorageTransaction, CancellationToken, Task> write, CancellationToken cancellationToken = default);
}
