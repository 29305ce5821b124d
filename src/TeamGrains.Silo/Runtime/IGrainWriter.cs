using TeamGrains.Silo.Storage;

namespace TeamGrains.Silo.Runtime;

/// <summary>The runtime's side of <see cref="Grain{TState}.WriteStateAsync"/>.</summary>
internal interface IGrainWriter
{
    /// <summary>
    /// Commits <paramref name="changes"/> guarded by <paramref name="expectedVersion"/>, then calls
    /// <paramref name="onCommitted"/> with the new version (the grain moves its in-memory state there), and only
    /// then publishes the commit on this node: nobody who learns of the change can read the grain's old state.
    /// </summary>
    Task<long> WriteAsync(
        Grain grain,
        long expectedVersion,
        string changeKind,
        Func<IStorageTransaction, CancellationToken, Task> changes,
        CancellationToken cancellationToken,
        Action<long> onCommitted);
}
