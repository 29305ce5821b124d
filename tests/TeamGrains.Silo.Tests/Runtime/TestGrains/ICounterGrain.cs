using TeamGrains.Interfaces.Runtime;

namespace TeamGrains.Silo.Tests.Runtime.TestGrains;

/// <summary>A persistent counter: the smallest grain with versioned state and a real table.</summary>
public interface ICounterGrain : IGrainWithStringKey
{
    /// <summary>Adds <paramref name="by"/> (decide → write → change state) and returns the new value.</summary>
    Task<int> IncrementAsync(int by);

    /// <summary>The value, in the turn.</summary>
    Task<int> GetAsync();

    /// <summary>The value, as a ValueTask (exercises that return shape).</summary>
    ValueTask<int> GetValueAsync();

    /// <summary>The value, outside the turn.</summary>
    [AlwaysInterleave]
    Task<int> PeekAsync();

    /// <summary>Records entry, waits for the probe's gate named <paramref name="gate"/>, records exit.</summary>
    Task HoldAsync(string gate);

    /// <summary>Adds <paramref name="by"/> after waiting for gate <paramref name="gate"/> (between reading state and writing).</summary>
    Task<int> IncrementAfterAsync(string gate, int by);

    /// <summary>Increments, waiting at <paramref name="gate"/> inside the writing transaction (before its commit).</summary>
    Task<int> IncrementPausingInTransactionAsync(string gate, int by);

    /// <summary>
    /// Like <see cref="IncrementAfterAsync"/>, but its SQL fails (InvalidOperationException) unless the
    /// stored value is still the one it decided from: what a stale decision meets in real grain SQL.
    /// </summary>
    Task<int> IncrementCheckedAfterAsync(string gate, int by);

    /// <summary>
    /// Adds <paramref name="by"/>, but inside every attempt commits, in a transaction of its own, a change
    /// naming this grain, so that no attempt can win: the call can only end in CONFLICT (PostgreSQL only;
    /// on SQLite the second writer would wait for the first forever).
    /// </summary>
    Task<int> IncrementAlwaysOvertakenAsync(int by);

    /// <summary>Asks the runtime to deactivate this grain after the call.</summary>
    ValueTask DeactivateAsync();

    /// <summary>Calls <paramref name="other"/>'s <see cref="CallBackAsync"/> (non-reentrant cycle when it calls back).</summary>
    Task<int> CallOtherAsync(string other);

    /// <summary>Calls back the counter <paramref name="caller"/> in the turn.</summary>
    Task<int> CallBackAsync(string caller);

    /// <summary>Adds <paramref name="by"/> to this counter and names <paramref name="other"/> as changed too.</summary>
    Task<long> IncrementNamingAsync(int by, string other);

    /// <summary>Commits <paramref name="by"/> more, then fails to apply it in memory (the write's apply throws).</summary>
    Task<int> IncrementFailingToApplyAsync(int by);

    /// <summary>Throws synchronously (not from an async method).</summary>
    Task<int> ThrowAsync();
}
