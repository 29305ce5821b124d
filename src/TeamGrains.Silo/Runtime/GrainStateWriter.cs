using TeamGrains.Silo.Storage;
using TeamGrains.Silo.Storage.Internal;

namespace TeamGrains.Silo.Runtime;

/// <summary>
/// Commits a grain's write (<see cref="Grain{TState}.WriteStateAsync"/>) and applies it on this node at
/// once: the writer's version and in-memory state move on, then its position, then other local
/// activations it names go stale and the change feed publishes the rows (in that order: see WriteAsync).
/// </summary>
internal sealed class GrainStateWriter(TransactionRunner storage, ChangeFeed changeFeed) : IGrainWriter
{
    public async Task<long> WriteAsync(
        Grain grain,
        long expectedVersion,
        string changeKind,
        Func<IStorageTransaction, CancellationToken, Task> changes,
        CancellationToken cancellationToken,
        Action<long> onCommitted)
    {
        ArgumentException.ThrowIfNullOrEmpty(changeKind);
        ArgumentNullException.ThrowIfNull(changes);

        var result = await storage.WriteAsync(grain.GrainId, expectedVersion, changeKind, changes, cancellationToken).ConfigureAwait(false);

        // No other change named this grain between its load and this commit (each would have moved its
        // version), so the in-memory state plus this write is the state at this position. The grain applies
        // it (onCommitted) before anything is published: a subscriber told of the change (a user grain
        // bumping its permission epoch) that asks this grain at once must find the new state, not the old.
        try
        {
            onCommitted(expectedVersion + 1);
        }
        catch
        {
            // Half-applied: publish the commit as someone else's, so the activation (loaded before it) goes stale.
            changeFeed.Offer(result.Changes, writer: null);
            throw;
        }

        if (ReferenceEquals(grain.Activation.Grain, grain))
        {
            grain.Activation.LoadedPosition = result.StatePosition;
        }

        // Named grains whose activations here can take the change in memory do so before it is published
        // (like the writer's own state above); the others go stale when it is.
        var absorbed = grain.Activation.Catalog.TryAbsorb(result.Absorbable);
        changeFeed.Offer(result.Changes, grain.GrainId, absorbed);
        return result.Position;
    }
}
