using TeamGrains.Silo.Storage;

namespace TeamGrains.Silo.Runtime;

/// <summary>The runtime's side of <see cref="Grain{TState}.WriteStateAsync"/>.</summary>
internal interface IGrainWriter
{
    Task<long> WriteAsync(
        Grain grain,
        long expectedVersion,
        string changeKind,
        Func<IStorageTransaction, CancellationToken, Task> changes,
        CancellationToken cancellationToken,
        Action<long> onCommitted);
}
