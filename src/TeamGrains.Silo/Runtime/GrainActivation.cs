using TeamGrains.Interfaces.Runtime;

namespace TeamGrains.Silo.Runtime;

/// <summary>
/// One grain instance on this node with its turn: calls run one at a time, in the order they got the
/// turn. Holds the change-log position its state was loaded at, so a change at a later position
/// naming this grain makes it stale. The turn itself is in GrainActivation.Turn.cs.
/// </summary>
internal sealed partial class GrainActivation
{
    private int _state;
    private long _loadedPosition;
    private long _lastChange;
    private long _lastUsed;
    private Task? _activation;

    public GrainActivation(GrainId id, GrainRegistration registration, GrainCatalog catalog)
    {
        Id = id;
        Registration = registration;
        Catalog = catalog;
    }

    public GrainId Id { get; }

    public GrainRegistration Registration { get; }

    public GrainCatalog Catalog { get; }

    /// <summary>The grain instance; replaced when a lost write race makes the runtime reload it.</summary>
    public Grain Grain { get; set; } = null!;

    public ActivationState State => (ActivationState)Volatile.Read(ref _state);

    public bool IsValid => Volatile.Read(ref _state) == (int)ActivationState.Valid;

    /// <summary>The change-log position the state reflects (at load, or at this grain's own last commit).</summary>
    public long LoadedPosition
    {
        get => Volatile.Read(ref _loadedPosition);
        set => Volatile.Write(ref _loadedPosition, value);
    }

    /// <summary>The highest change-log position seen naming this grain.</summary>
    public long LastChange => Volatile.Read(ref _lastChange);

    /// <summary>When the last call ended (a <see cref="TimeProvider"/> timestamp).</summary>
    public long LastUsed
    {
        get => Volatile.Read(ref _lastUsed);
        set => Volatile.Write(ref _lastUsed, value);
    }

    /// <summary>
    /// Non-null while this activation's own write is in flight: positions of rows naming it that arrived
    /// meanwhile, held instead of applied (<see cref="ChangeFeed.TryBeginWrite"/>). Guarded by the feed's lock.
    /// </summary>
    public List<long>? HeldChanges { get; set; }

    /// <summary>A reference that reached this activation, handed out again by GetGrain while the grain is active.</summary>
    public GrainReference? Reference { get; set; }

    /// <summary>Set once deactivation starts; completes after OnDeactivateAsync.</summary>
    public Task? Deactivation { get; set; }

    public bool TryTransition(ActivationState from, ActivationState to)
        => Interlocked.CompareExchange(ref _state, (int)to, (int)from) == (int)from;

    public void SetState(ActivationState state) => Volatile.Write(ref _state, (int)state);

    public void NoteChange(long position) => AtomicMax.Raise(ref _lastChange, position);

    /// <summary>Ends a call that held the turn: records the use, frees the turn, honours DeactivateOnIdle.</summary>
    public void EndCall()
    {
        LastUsed = Catalog.Now;
        var requested = Grain.DeactivationRequested;
        ExitTurn();
        if (requested)
        {
            Catalog.Deactivate(this, DeactivationReason.Requested);
        }
    }

    /// <summary>Starts activation once; every caller awaits the same task.</summary>
    public Task EnsureActivatedAsync()
    {
        var started = Volatile.Read(ref _activation);
        if (started is not null)
        {
            return started;
        }

        var completion = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var winner = Interlocked.CompareExchange(ref _activation, completion.Task, null);
        if (winner is not null)
        {
            return winner;
        }

        _ = RunActivationAsync(completion);
        return completion.Task;
    }

    private async Task RunActivationAsync(TaskCompletionSource completion)
    {
        try
        {
            await Catalog.ActivateAsync(this).ConfigureAwait(false);
            completion.SetResult();

            // Later callers need no task of their own: 64 B less in each of 100,000s of activations.
            Volatile.Write(ref _activation, Task.CompletedTask);
        }
        catch (Exception exception)
        {
            completion.SetException(exception);
        }
    }
}
