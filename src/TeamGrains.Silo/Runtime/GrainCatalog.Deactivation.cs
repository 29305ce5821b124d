using Microsoft.Extensions.Logging;
using TeamGrains.Silo.Storage;

namespace TeamGrains.Silo.Runtime;

internal sealed partial class GrainCatalog
{
    /// <summary>
    /// Takes a valid activation out of the catalog at once (new calls get a fresh one) and runs its
    /// OnDeactivateAsync once the call in its turn, if any, has finished. Returns false if it was not valid.
    /// </summary>
    public bool Deactivate(GrainActivation activation, DeactivationReason reason)
    {
        if (!activation.TryTransition(ActivationState.Valid, ActivationState.Deactivating))
        {
            return false;
        }

        Forget(activation);
        activation.Deactivation = FinishDeactivationAsync(activation, reason);
        return true;
    }

    /// <summary>Applies one change-log row: an activation loaded before it is stale. Called under the change feed's lock.</summary>
    public void OnChanged(ChangeRecord change)
    {
        if (!_activations.TryGetValue(change.Grain, out var activation))
        {
            return;
        }

        activation.NoteChange(change.Position);
        if (activation.HeldChanges is { } held)
        {
            // Its own write is in flight: this may be that write's row, read by the follower before the
            // writer applied it. The writer checks what was held once it has (GrainStateWriter).
            held.Add(change.Position);
            return;
        }

        if (activation.IsValid && change.Position > activation.LoadedPosition)
        {
            Deactivate(activation, DeactivationReason.StateChanged);
        }
    }

    /// <summary>Deactivates every valid activation not called since <paramref name="idleAge"/> and not in a call.</summary>
    public int CollectIdle(TimeSpan idleAge)
    {
        var now = Now;
        var count = 0;
        foreach (var activation in _activations.Values)
        {
            if (activation.IsValid && !activation.IsInTurn && time.GetElapsedTime(activation.LastUsed, now) >= idleAge
                && Deactivate(activation, DeactivationReason.Idle))
            {
                count++;
            }
        }

        if (count > 0)
        {
            Log.IdleCollected(logger, count);
        }

        return count;
    }

    /// <summary>Deactivates everything (shutdown) and waits for each OnDeactivateAsync.</summary>
    public async Task DeactivateAllAsync(CancellationToken cancellationToken)
    {
        var pending = new List<Task>();
        foreach (var activation in _activations.Values)
        {
            Deactivate(activation, DeactivationReason.Shutdown);
            if (activation.Deactivation is { } deactivation)
            {
                pending.Add(deactivation);
            }
        }

        try
        {
            await Task.WhenAll(pending).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await _stopping.CancelAsync().ConfigureAwait(false);
        }
    }

    private async Task FinishDeactivationAsync(GrainActivation activation, DeactivationReason reason)
    {
        // Off the caller's stack first: it may hold the change feed's lock or be another grain's turn.
        await Task.Yield();

        // Wait for the current call's turn to end so OnDeactivateAsync never runs beside it.
        await activation.EnterTurnAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            await DeactivateInstanceAsync(activation, reason).ConfigureAwait(false);
        }
        finally
        {
            activation.SetState(ActivationState.Invalid);
            metrics.ActivationRemoved(activation.Registration.TypeName);
            Log.Deactivated(logger, activation.Id, reason);
            activation.ExitTurn();
        }
    }

    private async Task DeactivateInstanceAsync(GrainActivation activation, DeactivationReason reason)
    {
        try
        {
            await activation.Grain.OnDeactivateAsync(reason, _stopping.Token).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            Log.DeactivationFailed(logger, activation.Id, reason, exception);
        }
    }
}
