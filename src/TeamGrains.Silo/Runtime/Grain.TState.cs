using TeamGrains.Silo.Storage;

namespace TeamGrains.Silo.Runtime;

/// <summary>
/// A grain with versioned persistent state. The runtime loads <see cref="State"/> and
/// <see cref="Version"/> through the registered <see cref="IGrainStateStore{TState}"/> before
/// activation. <see cref="WriteStateAsync"/> commits one transaction guarded by <see cref="Version"/>:
/// if another writer (on this node or another) committed first, it throws
/// <see cref="GrainConflictException"/>, and the runtime reloads the state and runs the whole
/// call again (a bounded number of times, then CONFLICT). So a grain method decides, writes,
/// and only then changes <see cref="State"/> in memory.
/// </summary>
public abstract class Grain<TState> : Grain
    where TState : class
{
    /// <summary>The state as of <see cref="Version"/>.</summary>
    protected TState State { get; set; } = null!;

    /// <summary>The version the state was read at; 0 for a grain never written.</summary>
    protected long Version { get; private set; }

    /// <summary>
    /// Runs <paramref name="changes"/> in one transaction that also bumps this grain's version,
    /// appends a change-log row for this grain (and for every grain the changes name through
    /// <see cref="IStorageTransaction.AddChange"/>), and commits. Returns the change-log position
    /// of the commit (the consistency token).
    /// </summary>
    protected Task<long> WriteStateAsync(
        string changeKind,
        Func<IStorageTransaction, CancellationToken, Task> changes,
        CancellationToken cancellationToken = default)
        => Runtime.WriteAsync(this, Version, changeKind, changes, cancellationToken, newVersion => Version = newVersion);

    internal void Load(TState state, long version)
    {
        State = state;
        Version = version;
    }
}
