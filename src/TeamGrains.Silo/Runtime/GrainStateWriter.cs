using TeamGrains.Silo.Storage;
using TeamGrains.Silo.Storage.Internal;

namespace TeamGrains.Silo.Runtime;

/// <summary>
/// Commits a grain's write (<see cref="Grain{TState}.WriteStateAsync"/>) and applies it on this node at
/// once: the writer's version and in-memory state move on, then its position, then other local
/// activations it names go stale and the change feed publishes the rows (in that order: see WriteAsync).
/// While the write is in flight, rows naming the writer that the follower reads are held, not applied:
/// they are usually the write's own, read between its COMMIT and this node applying it.
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

        var activation = grain.Activation;
        var catalog = activation.Catalog;
        var current = ReferenceEquals(activation.Grain, grain);
        var holding = current && changeFeed.TryBeginWrite(activation);

        // Named grains that may absorb the change are held too, from the moment they are named (before
        // the commit, so before the follower can see its rows) until they absorbed it or gave up.
        var named = new List<GrainActivation>();
        CommitResult result;
        try
        {
            result = await storage.WriteAsync(grain.GrainId, expectedVersion, changeKind, async (tx, ct) =>
            {
                await changes(tx, ct).ConfigureAwait(false);
                HoldAbsorbers((StorageTransaction)tx, catalog, named);
            }, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            EndWrites(activation, holding, named, ownRows: []);
            throw;
        }

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
            EndWrites(activation, holding, named, ownRows: []);
            changeFeed.Offer(result.Changes, writer: null);
            throw;
        }

        if (current)
        {
            activation.LoadedPosition = result.StatePosition;
        }

        // Named grains whose activations here can take the change in memory do so before it is published
        // (like the writer's own state above); the others stop holding first, so that publishing makes
        // them stale.
        var absorbed = catalog.TryAbsorb(result.Absorbable);
        foreach (var target in named.FindAll(n => !absorbed.Contains(n.Id)))
        {
            EndWrite(target, holding: true, ownRows: []);
        }

        changeFeed.Offer(result.Changes, grain.GrainId, absorbed);
        EndWrites(activation, holding, named.FindAll(n => absorbed.Contains(n.Id)), result.Changes);
        return result.Position;
    }

    /// <summary>Starts holding rows for the local activations of the grains this transaction names with an absorber.</summary>
    private void HoldAbsorbers(StorageTransaction transaction, GrainCatalog catalog, List<GrainActivation> named)
    {
        foreach (var change in transaction.Changes)
        {
            if (change.Absorb is not null
                && catalog.TryGet(change.Grain, out var target)
                && target.IsValid
                && !named.Contains(target)
                && changeFeed.TryBeginWrite(target))
            {
                named.Add(target);
            }
        }
    }

    /// <summary>Ends the writer's hold (if it took one) and the named grains' holds.</summary>
    private void EndWrites(GrainActivation writer, bool holding, List<GrainActivation> named, IReadOnlyList<ChangeRecord> ownRows)
    {
        EndWrite(writer, holding, ownRows);

        foreach (var target in named)
        {
            EndWrite(target, holding: true, ownRows);
        }
    }

    /// <summary>
    /// Checks the rows that named a held activation (the writer, or a grain that absorbed the write) while
    /// the write was in flight: other than the write's own, one above the position its state is now at is
    /// a change it does not have (a transaction with a lower xid that committed after it, say), so it goes
    /// stale as it would have when the row arrived. Without <paramref name="ownRows"/> every held row counts.
    /// </summary>
    private void EndWrite(GrainActivation activation, bool holding, IReadOnlyList<ChangeRecord> ownRows)
    {
        if (!holding)
        {
            return;
        }

        foreach (var position in changeFeed.EndWrite(activation))
        {
            if (position > activation.LoadedPosition && !ownRows.Any(row => row.Position == position))
            {
                activation.Catalog.Deactivate(activation, DeactivationReason.StateChanged);
                return;
            }
        }
    }
}
