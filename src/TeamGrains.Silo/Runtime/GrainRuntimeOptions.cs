namespace TeamGrains.Silo.Runtime;

/// <summary>Tuning of the grain runtime (configuration section <c>GrainRuntime</c>).</summary>
public sealed class GrainRuntimeOptions
{
    public const string SectionName = "GrainRuntime";

    /// <summary>
    /// How long a call may take from the caller's side, waiting for the turn included. A call that
    /// cannot complete in time (a stuck store, a cycle of non-reentrant calls A → B → A) fails with
    /// UNAVAILABLE instead of hanging.
    /// </summary>
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>An activation not called for this long is collected.</summary>
    public TimeSpan IdleAge { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often the idle collector looks for activations older than <see cref="IdleAge"/>.</summary>
    public TimeSpan CollectionInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How many times a call that lost a write race is re-run on reloaded state before CONFLICT.</summary>
    public int MaxConflictRetries { get; set; } = 5;

    /// <summary>
    /// How often the change follower reads the change log even without a wake-up. NOTIFY only shortens
    /// the wait; this interval bounds it when a notification is lost.
    /// </summary>
    public TimeSpan ChangePollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// How often the change follower looks again while rows (or someone waiting) are held above the
    /// change log's horizon by a transaction still running. Its end wakes nobody when it wrote nothing
    /// to the log (a rollback after a lost race), so this bounds the delay it adds to subscription
    /// events and consistency-token waits; each look is one cheap statement. A horizon held for over a
    /// second (a long transaction) is looked at less often, backing off to 100 ms.
    /// </summary>
    public TimeSpan ChangeHorizonRetryInterval { get; set; } = TimeSpan.FromMilliseconds(5);

    /// <summary>
    /// How long change-log rows are kept. Nodes only read rows newer than their applied position, and
    /// a running node is seconds behind at most, so a day is ample; a node stopped longer starts
    /// again from the log's horizon and needs none of the old rows.
    /// </summary>
    public TimeSpan ChangeLogRetention { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often each node deletes change-log rows older than <see cref="ChangeLogRetention"/> (in bounded batches).</summary>
    public TimeSpan ChangeLogPruneInterval { get; set; } = TimeSpan.FromMinutes(10);
}
