namespace TeamGrains.Silo.Runtime;

/// <summary>
/// The turn: one call at a time, waiting calls served first come, first served, none overtaking a waiter.
/// Memory is the point (100,000s of activations per node, nearly all never contended): a SemaphoreSlim
/// with its lock box cost ~88 B in every activation, this costs an int until a call first has to wait.
/// </summary>
internal sealed partial class GrainActivation
{
    private static readonly Task<bool> Entered = Task.FromResult(true);
    private static readonly Task<bool> NotEntered = Task.FromResult(false);

    // 1 while a call holds the turn. Invariant: while a call waits, it is 1 (ExitTurn hands the turn on).
    private int _turnHeld;

    // Calls waiting for the turn, oldest first; made when a call first has to wait, then kept (it is also the
    // lock of the hand-over). Everything that waits or hands over locks it.
    private LinkedList<TaskCompletionSource<bool>>? _waiters;

    public bool IsInTurn => Volatile.Read(ref _turnHeld) == 1;

    /// <summary>Takes the turn if it is free, without waiting (the warm-call path). Never overtakes a waiter: the turn is only free when none waits.</summary>
    public bool TryEnterTurn() => Interlocked.CompareExchange(ref _turnHeld, 1, 0) == 0;

    /// <summary>Waits for the turn at most <paramref name="timeout"/>; false when it did not come in time.</summary>
    public Task<bool> EnterTurnAsync(TimeSpan timeout) => EnterTurnAsync(timeout, CancellationToken.None);

    public Task EnterTurnAsync(CancellationToken cancellationToken) => EnterTurnAsync(Timeout.InfiniteTimeSpan, cancellationToken);

    /// <summary>Frees the turn, or hands it straight to the oldest waiting call.</summary>
    public void ExitTurn()
    {
        var waiters = Volatile.Read(ref _waiters);
        if (waiters is null)
        {
            // Nobody ever waited. A call may start waiting right now: it made the list before failing to take
            // the turn, so after this full fence either it takes the turn itself or we see its list below.
            Interlocked.Exchange(ref _turnHeld, 0);
            waiters = Volatile.Read(ref _waiters);
            if (waiters is null)
            {
                return;
            }

            lock (waiters)
            {
                if (waiters.First is not null && TryEnterTurn())
                {
                    HandOver(waiters);
                }
            }

            return;
        }

        lock (waiters)
        {
            if (waiters.First is not null)
            {
                HandOver(waiters);
            }
            else
            {
                Volatile.Write(ref _turnHeld, 0);
            }
        }
    }

    /// <summary>Gives the held turn to the oldest waiter (its continuation runs elsewhere, not under the lock).</summary>
    private static void HandOver(LinkedList<TaskCompletionSource<bool>> waiters)
    {
        var oldest = waiters.First!.Value;
        waiters.RemoveFirst();
        oldest.TrySetResult(true);
    }

    private Task<bool> EnterTurnAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (TryEnterTurn())
        {
            return Entered;
        }

        if (timeout == TimeSpan.Zero)
        {
            return NotEntered;
        }

        var waiters = Volatile.Read(ref _waiters)
            ?? Interlocked.CompareExchange(ref _waiters, new LinkedList<TaskCompletionSource<bool>>(), null)
            ?? Volatile.Read(ref _waiters)!;
        LinkedListNode<TaskCompletionSource<bool>> node;
        lock (waiters)
        {
            if (TryEnterTurn())
            {
                return Entered;
            }

            node = waiters.AddLast(new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously));
        }

        return timeout == Timeout.InfiniteTimeSpan && !cancellationToken.CanBeCanceled
            ? node.Value.Task
            : WaitBoundedAsync(waiters, node, timeout, cancellationToken);
    }

    private static async Task<bool> WaitBoundedAsync(
        LinkedList<TaskCompletionSource<bool>> waiters, LinkedListNode<TaskCompletionSource<bool>> node, TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            return await node.Value.Task.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is TimeoutException or OperationCanceledException)
        {
            lock (waiters)
            {
                if (node.List is not null)
                {
                    waiters.Remove(node);
                    if (exception is TimeoutException)
                    {
                        return false;
                    }

                    throw;
                }
            }

            // The turn was handed to this call just as it gave up: it holds the turn now, so it takes it.
            return true;
        }
    }
}
