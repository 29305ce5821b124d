namespace TeamGrains.Silo.Storage;

/// <summary>Loads one grain type's state from its relational tables, inside a read transaction.</summary>
public interface IGrainStateStore<TState>
    where TState : class
{
    /// <summary>The state of the grain with this key; a grain never written gets its empty state.</summary>
    Task<TState> ReadAsync(string key, IStorageTransaction transaction, CancellationToken cancellationToken);
}
