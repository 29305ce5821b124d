using TeamGrains.Interfaces.Runtime;

namespace TeamGrains.Silo.Runtime;

/// <summary>
/// Base class of every grain: the in-memory owner of one entity. The runtime creates it on the
/// first call, runs calls one at a time (turn-based, not reentrant, except methods marked
/// <see cref="AlwaysInterleaveAttribute"/>), and collects it when idle.
/// </summary>
public abstract class Grain
{
    /// <summary>The key this activation was created for.</summary>
    public string GrainKey { get; internal set; } = "";

    /// <summary>This grain's identity (type name and key), e.g. to name it in another grain's change.</summary>
    public GrainId GrainId { get; internal set; }

    /// <summary>References to other grains.</summary>
    protected internal IGrainFactory GrainFactory { get; internal set; } = null!;

    /// <summary>Called once after the state is loaded and before the first call is served.</summary>
    public virtual Task OnActivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Called once before the activation is dropped (idle, explicit, or shutdown).</summary>
    public virtual Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Asks the runtime to drop this activation once the current call completes.</summary>
    protected void DeactivateOnIdle() => DeactivationRequested = true;

    internal bool DeactivationRequested { get; set; }

    internal GrainActivation Activation { get; set; } = null!;

    internal IGrainWriter Runtime { get; set; } = null!;

    /// <summary>The version of the state this activation holds (0 for grains without state).</summary>
    internal virtual long StateVersion => 0;

    /// <summary>Records that another grain's commit, absorbed by this activation, moved its state to <paramref name="version"/>.</summary>
    internal virtual void MoveToVersion(long version)
    {
    }
}
