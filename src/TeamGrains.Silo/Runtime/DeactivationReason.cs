namespace TeamGrains.Silo.Runtime;

/// <summary>Why an activation is being dropped.</summary>
public enum DeactivationReason
{
    /// <summary>Not called for longer than the configured idle age.</summary>
    Idle,

    /// <summary>The grain asked for it (<c>DeactivateOnIdle</c>).</summary>
    Requested,

    /// <summary>Another writer changed the grain's state; the next call activates it afresh.</summary>
    StateChanged,

    /// <summary>The runtime is stopping.</summary>
    Shutdown,
}
