using Microsoft.Extensions.Logging;
using TeamGrains.Interfaces.Runtime;
using TeamGrains.Silo.Storage.Internal;

namespace TeamGrains.Silo.Runtime;

internal sealed partial class GrainCatalog
{
    /// <summary>
    /// Lets the local activation of <paramref name="change"/>'s grain absorb a commit that named it
    /// (<c>IStorageTransaction.AddChange(grain, kind, absorb)</c>) instead of going stale: only if it holds
    /// exactly the version before the commit's bump (no other change reached it in between) and no call
    /// holds its turn (it is taken without waiting, so a writer never waits for the grain it names). The
    /// caller publishes the commit afterwards, treating an absorbed grain like the writer. False: it goes
    /// stale as usual (an absorber that throws leaves it stale too).
    /// </summary>
    public bool TryAbsorb(AbsorbableChange change)
    {
        if (!_activations.TryGetValue(change.Grain, out var activation) || !activation.IsValid || !activation.TryEnterTurn())
        {
            return false;
        }

        try
        {
            if (!activation.IsValid || activation.Grain.StateVersion != change.Version - 1)
            {
                return false;
            }

            change.Absorb(activation.Grain);
            activation.Grain.MoveToVersion(change.Version);
            return true;
        }
        catch (Exception exception)
        {
            Log.AbsorbFailed(logger, activation.Id, exception);
            return false;
        }
        finally
        {
            activation.ExitTurn();
        }
    }

    /// <summary>The grains among <paramref name="changes"/> whose local activations absorbed their change.</summary>
    public IReadOnlyCollection<GrainId> TryAbsorb(IReadOnlyList<AbsorbableChange> changes)
    {
        if (changes.Count == 0)
        {
            return [];
        }

        var absorbed = new List<GrainId>(changes.Count);
        foreach (var change in changes)
        {
            if (TryAbsorb(change))
            {
                absorbed.Add(change.Grain);
            }
        }

        return absorbed;
    }
}
