using TeamGrains.Silo.Storage;

namespace TeamGrains.Silo.Runtime;

/// <summary>
/// A grain with versioned persistent state. The runtime loads <see cref="State"/> and
/// <see cref="Version"/> through the registered <see cref="IGrainStateStore{TState}"/> before
/// activation. <see cref="WriteStateAsync"/> commits one transaction guarded by <see cref="Version"/>:
/// if another writer (on this node or another) committed first, it throws
/// <see cref="GrainConflictException"/>, and the runtime reloads the state and runs the whole
/// call again (a bounded number of times, then CONFLICT). So a grain method decides, writes,
/// and only then changes <see cref="State"/> in memory: in the <c>apply</c> callback of
/// <see cref="WriteStateAsync"/>, which the runtime runs after the commit and before it publishes it.
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
    /// <see cref="IStorageTransaction.AddChange"/>), and commits; then runs <paramref name="apply"/>,
    /// the in-memory side of the same change (assign or mutate <see cref="State"/> and anything derived
    /// from it), and only then publishes the commit on this node. Returns the change-log position
    /// of the commit (the consistency token).
    /// </summary>
    /// <remarks>
    /// Why <paramref name="apply"/> and not code after the await: publishing makes other activations stale
    /// and fires change-feed subscribers (a user grain's permission cache bumps its epoch and asks again);
    /// [AlwaysInterleave] calls that then reach this grain must find the new state, not the old one under a
    /// new epoch (cached until the next change). <paramref name="apply"/> runs on the committing thread with
    /// no await in between, so nothing it does may block or call other grains. If it throws, the commit is
    /// published as if another writer made it: this activation goes stale and the next call reloads.
    /// </remarks>
    protected Task<long> WriteStateAsync(
        string changeKind,
        Func<IStorageTransaction, CancellationToken, Task> changes,
        Action apply,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(apply);
        return Runtime.WriteAsync(this, Version, changeKind, changes, cancellationToken, newVersion =>
        {
            Version = newVersion;
            apply();
        });
    }

    internal override long StateVersion => Version;

    internal override void MoveToVersion(long version) => Version = version;

    internal void Load(TState state, long version)
    {
        State = state;
        Version = version;
    }
}
