using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeamGrains.Interfaces;
using TeamGrains.Silo.Runtime.Invocation;
using TeamGrains.Silo.Storage.Internal;

namespace TeamGrains.Silo.Runtime;

/// <summary>
/// The slow path of a grain call: find or activate the activation, wait for its turn, bound the
/// whole call by <see cref="GrainRuntimeOptions.CallTimeout"/>, and re-run a call that lost a write
/// race on reloaded state, holding the grain's write lock (<see cref="GrainWriteLocks"/>) so that the
/// re-run cannot lose to other nodes' first attempts again. The warm path lives in
/// <see cref="ShapedInvoker{TReturn, TResult}"/>.
/// </summary>
internal sealed class GrainDispatcher(
    GrainCatalog catalog, TransactionRunner storage, IOptions<GrainRuntimeOptions> options, GrainMetrics metrics, ILogger<GrainDispatcher> logger)
{
    private readonly TimeSpan _timeout = options.Value.CallTimeout;
    private readonly int _maxConflictRetries = options.Value.MaxConflictRetries;

    public GrainMetrics Metrics => metrics;

    public Task<T> CallAsync<T>(GrainReference reference, object?[] args, GrainMethodInvoker<T> invoker)
        => CallAsync(reference, args, invoker, Stopwatch.GetTimestamp(), conflicts: 0);

    private async Task<T> CallAsync<T>(GrainReference reference, object?[] args, GrainMethodInvoker<T> invoker, long start, int conflicts)
    {
        while (true)
        {
            var activation = catalog.GetOrCreate(reference.GrainId, reference.Registration);
            await WithinDeadline(activation.EnsureActivatedAsync(), start, invoker, activation).ConfigureAwait(false);
            if (!activation.IsValid)
            {
                // Changed or collected since we looked it up (or while it loaded): the catalog has, or
                // will make, a fresh one. Interleaved calls go there too, so they never read stale state.
                catalog.Forget(activation);
                ThrowIfPastDeadline(start, invoker, activation);
                continue;
            }

            reference.Remember(activation);
            activation.Reference ??= reference;
            if (invoker.AlwaysInterleave)
            {
                return await ContinueInterleavedAsync(activation, invoker.Call(activation.Grain, args), invoker, start).ConfigureAwait(false);
            }

            if (!await activation.EnterTurnAsync(Remaining(start)).ConfigureAwait(false))
            {
                throw TimedOut(invoker, activation);
            }

            if (!activation.IsValid)
            {
                activation.ExitTurn();
                catalog.Forget(activation);
                continue;
            }

            var writeLock = conflicts > 0 ? await LockForReRunAsync(activation, invoker, start).ConfigureAwait(false) : null;
            return await ContinueInTurnAsync(reference, activation, invoker.Call(activation.Grain, args), args, invoker, start, conflicts, writeLock)
                .ConfigureAwait(false);
        }
    }

    /// <summary>Finishes a call that holds <paramref name="activation"/>'s turn; frees the turn when the method is done.</summary>
    public Task<T> ContinueInTurnAsync<T>(
        GrainReference reference, GrainActivation activation, ValueTask<T> pending, object?[] args, GrainMethodInvoker<T> invoker, long start)
        => ContinueInTurnAsync(reference, activation, pending, args, invoker, start, conflicts: 0, writeLock: null);

    /// <param name="writeLock">The grain's write lock, when the call re-runs under it; released when the call ends.</param>
    private async Task<T> ContinueInTurnAsync<T>(
        GrainReference reference, GrainActivation activation, ValueTask<T> pending, object?[] args, GrainMethodInvoker<T> invoker,
        long start, int conflicts, IAsyncDisposable? writeLock)
    {
        var holdsTurn = true;
        try
        {
            while (true)
            {
                try
                {
                    var result = pending.IsCompleted
                        ? await pending.ConfigureAwait(false)
                        : await AwaitWithinDeadline(pending.AsTask(), start, invoker, activation, () => holdsTurn = false).ConfigureAwait(false);
                    metrics.CallCompleted(activation.Registration.TypeName, start);
                    return result;
                }
                catch (GrainConflictException) when (++conflicts <= _maxConflictRetries)
                {
                    metrics.Conflict(activation.Registration.TypeName);
                    Log.CallConflicted(logger, invoker.Name, activation.Id, conflicts);
                    if (!storage.WriteLocks.IsEnabled)
                    {
                        await BackOffAsync(conflicts).ConfigureAwait(false);
                    }

                    if (!activation.IsValid)
                    {
                        // A newer change already replaced this activation: re-run the call on the fresh
                        // one, in its turn, so this node keeps one writer per grain. The write lock is
                        // taken again once that turn comes (LockForReRunAsync): held while waiting behind
                        // this node's queue for the turn, it would stall every other node's writes.
                        writeLock = await ReleaseAsync(writeLock).ConfigureAwait(false);
                        holdsTurn = false;
                        activation.EndCall();
                        return await CallAsync(reference, args, invoker, start, conflicts).ConfigureAwait(false);
                    }

                    writeLock ??= await AcquireWriteLockAsync(activation, invoker, start).ConfigureAwait(false);
                    await catalog.ReloadAsync(activation).ConfigureAwait(false);
                    pending = invoker.Call(activation.Grain, args);
                }
                catch (GrainConflictException)
                {
                    metrics.Conflict(activation.Registration.TypeName);
                    Log.CallConflictRetriesExhausted(logger, invoker.Name, activation.Id, conflicts);
                    throw new TeamGrainsException(ErrorCodes.Conflict, "The change conflicted with concurrent changes; retry it.");
                }
            }
        }
        finally
        {
            if (holdsTurn)
            {
                activation.EndCall();
            }

            await ReleaseAsync(writeLock).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The grain's write lock, waited for until the call's deadline (UNAVAILABLE past it); null where
    /// the provider needs none (SQLite: the re-run backs off instead).
    /// </summary>
    private async Task<IAsyncDisposable?> AcquireWriteLockAsync(GrainActivation activation, GrainMethodInvoker invoker, long start)
    {
        using var deadline = new CancellationTokenSource(Remaining(start));
        try
        {
            return await storage.WriteLocks.AcquireAsync(activation.Id, deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            throw TimedOut(invoker, activation);
        }
    }

    /// <summary>
    /// A re-run that moved to a fresh activation, now in its turn: takes the write lock, then reloads, so
    /// that it decides on the newest state and no other node's first attempt can overtake it.
    /// </summary>
    private async Task<IAsyncDisposable?> LockForReRunAsync(GrainActivation activation, GrainMethodInvoker invoker, long start)
    {
        IAsyncDisposable? writeLock = null;
        try
        {
            writeLock = await AcquireWriteLockAsync(activation, invoker, start).ConfigureAwait(false);
            if (writeLock is not null)
            {
                await catalog.ReloadAsync(activation).ConfigureAwait(false);
            }

            return writeLock;
        }
        catch
        {
            await ReleaseAsync(writeLock).ConfigureAwait(false);
            activation.EndCall();
            throw;
        }
    }

    /// <summary>Releases <paramref name="writeLock"/> if held; returns null (what the caller now holds).</summary>
    private static async Task<IAsyncDisposable?> ReleaseAsync(IAsyncDisposable? writeLock)
    {
        if (writeLock is not null)
        {
            await writeLock.DisposeAsync().ConfigureAwait(false);
        }

        return null;
    }

    /// <summary>A short random pause after a lost race, so two nodes hammering one grain take turns instead of colliding again.</summary>
    private static Task BackOffAsync(int conflicts)
    {
        var ceiling = 1 << Math.Min(conflicts + 1, 6);
        return Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * ceiling));
    }

    /// <summary>Finishes an [AlwaysInterleave] call (outside the turn; read-only, so never retried).</summary>
    public async Task<T> ContinueInterleavedAsync<T>(GrainActivation activation, ValueTask<T> pending, GrainMethodInvoker<T> invoker, long start)
    {
        try
        {
            var result = pending.IsCompleted
                ? await pending.ConfigureAwait(false)
                : await AwaitWithinDeadline(pending.AsTask(), start, invoker, activation, onTimeout: null).ConfigureAwait(false);
            activation.LastUsed = catalog.Now;
            metrics.CallCompleted(activation.Registration.TypeName, start);
            return result;
        }
        catch (GrainConflictException)
        {
            metrics.Conflict(activation.Registration.TypeName);
            throw new TeamGrainsException(ErrorCodes.Conflict, "The change conflicted with concurrent changes; retry it.");
        }
    }

    private async Task<T> AwaitWithinDeadline<T>(Task<T> task, long start, GrainMethodInvoker invoker, GrainActivation activation, Action? onTimeout)
    {
        try
        {
            return await task.WaitAsync(Remaining(start)).ConfigureAwait(false);
        }
        catch (TimeoutException) when (task.IsCompleted)
        {
            // The method finished just as the wait gave up: its outcome stands (the timeout is not the
            // method's exception, and a raw TimeoutException must never reach a caller).
            return await task.ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            if (onTimeout is not null)
            {
                // The method still runs and keeps the turn until it ends; only the caller stops waiting.
                onTimeout();
                _ = EndCallWhenDoneAsync(task, activation);
            }

            throw TimedOut(invoker, activation);
        }
    }

    private async Task WithinDeadline(Task task, long start, GrainMethodInvoker invoker, GrainActivation activation)
    {
        if (task.IsCompletedSuccessfully)
        {
            return;
        }

        try
        {
            await task.WaitAsync(Remaining(start)).ConfigureAwait(false);
        }
        catch (TimeoutException) when (task.IsCompleted)
        {
            // Activation finished just as the wait gave up: its outcome stands.
            await task.ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw TimedOut(invoker, activation);
        }
    }

    private static async Task EndCallWhenDoneAsync(Task task, GrainActivation activation)
    {
        try
        {
            await task.ConfigureAwait(false);
        }
        catch (Exception)
        {
            // The caller already got UNAVAILABLE; the late outcome has nobody to go to.
        }
        finally
        {
            activation.EndCall();
        }
    }

    private TimeSpan Remaining(long start)
    {
        var remaining = _timeout - Stopwatch.GetElapsedTime(start);
        return remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero;
    }

    private void ThrowIfPastDeadline(long start, GrainMethodInvoker invoker, GrainActivation activation)
    {
        if (Remaining(start) == TimeSpan.Zero)
        {
            throw TimedOut(invoker, activation);
        }
    }

    private TeamGrainsException TimedOut(GrainMethodInvoker invoker, GrainActivation activation)
    {
        Log.CallTimedOut(logger, invoker.Name, activation.Id, _timeout);
        return new TeamGrainsException(ErrorCodes.Unavailable, "The request could not be completed in time; retry it.");
    }
}
