using Microsoft.Extensions.Logging;
using TeamGrains.Interfaces.Runtime;
using TeamGrains.Silo.Storage;

namespace TeamGrains.Silo.Runtime;

/// <summary>
/// This node's view of the change log. Rows arrive from local commits (at once) and from the
/// follower (every commit, any node), possibly out of order and twice; each row makes the local
/// activations it names stale as soon as it arrives, and is published to subscribers exactly once,
/// strictly in position order, when every earlier position has arrived.
/// </summary>
internal sealed class ChangeFeed(GrainCatalog catalog, GrainMetrics metrics, ILogger<ChangeFeed> logger) : IChangeFeed
{
    private readonly Lock _gate = new();
    private readonly SortedDictionary<long, ChangeRecord> _pending = [];
    private readonly List<Waiter> _waiters = [];

    // Every activation of some grains subscribes, so subscribing must stay O(1): the set changes in
    // place and the array that Publish walks is rebuilt only when a change arrives after it changed.
    private readonly HashSet<Subscription> _subscribers = [];
    private Subscription[]? _snapshot = [];
    private long _applied;

    /// <summary>Raised when someone waits for a position not applied yet (the follower reads at once).</summary>
    public event Action? Behind;

    public long AppliedPosition => Volatile.Read(ref _applied);

    /// <summary>Starts the feed at the log's head when the node starts (earlier changes concern no activation here).</summary>
    public void Initialize(long position)
    {
        lock (_gate)
        {
            _applied = Math.Max(_applied, position);
        }
    }

    public IDisposable Subscribe(Action<ChangeRecord> onChange)
    {
        ArgumentNullException.ThrowIfNull(onChange);
        var subscription = new Subscription(this, onChange);
        lock (_gate)
        {
            _subscribers.Add(subscription);
            _snapshot = null;
        }

        return subscription;
    }

    public Task WaitForAsync(long position, CancellationToken cancellationToken)
    {
        if (AppliedPosition >= position)
        {
            return Task.CompletedTask;
        }

        var waiter = new Waiter(position);
        lock (_gate)
        {
            if (_applied >= position)
            {
                return Task.CompletedTask;
            }

            _waiters.Add(waiter);
        }

        Behind?.Invoke();
        return waiter.WaitAsync(this, cancellationToken);
    }

    /// <summary>Takes rows from a local commit (with its <paramref name="writer"/>) or from the follower (writer null).</summary>
    public void Offer(IReadOnlyList<ChangeRecord> changes, GrainId? writer)
    {
        List<Waiter>? reached = null;
        lock (_gate)
        {
            foreach (var change in changes)
            {
                if (change.Position <= _applied || !_pending.TryAdd(change.Position, change))
                {
                    continue;
                }

                if (change.Grain != writer)
                {
                    catalog.OnChanged(change);
                }
            }

            var published = 0;
            while (_pending.Remove(_applied + 1, out var next))
            {
                Volatile.Write(ref _applied, next.Position);
                Publish(next);
                published++;
            }

            if (published > 0)
            {
                metrics.ChangesApplied(published);
                reached = TakeReachedWaiters();
            }
        }

        reached?.ForEach(w => w.Complete());
    }

    private void Publish(ChangeRecord change)
    {
        // A subscriber may subscribe or unsubscribe from its callback: walk a snapshot.
        var subscribers = _snapshot ??= [.. _subscribers];
        foreach (var subscriber in subscribers)
        {
            if (subscriber.IsDisposed)
            {
                continue;
            }

            try
            {
                subscriber.OnChange(change);
            }
            catch (Exception exception)
            {
                Log.SubscriberFailed(logger, change.Position, exception);
            }
        }
    }

    private List<Waiter>? TakeReachedWaiters()
    {
        List<Waiter>? reached = null;
        for (var i = _waiters.Count - 1; i >= 0; i--)
        {
            if (_waiters[i].Position <= _applied)
            {
                (reached ??= []).Add(_waiters[i]);
                _waiters.RemoveAt(i);
            }
        }

        return reached;
    }

    private void Unsubscribe(Subscription subscription)
    {
        lock (_gate)
        {
            if (_subscribers.Remove(subscription))
            {
                _snapshot = null;
            }
        }
    }

    private void Remove(Waiter waiter)
    {
        lock (_gate)
        {
            _waiters.Remove(waiter);
        }
    }

    private sealed class Subscription(ChangeFeed feed, Action<ChangeRecord> onChange) : IDisposable
    {
        private int _disposed;

        public Action<ChangeRecord> OnChange => onChange;

        public bool IsDisposed => Volatile.Read(ref _disposed) == 1;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                feed.Unsubscribe(this);
            }
        }
    }

    private sealed class Waiter(long position)
    {
        private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public long Position => position;

        public void Complete() => _completion.TrySetResult();

        public async Task WaitAsync(ChangeFeed feed, CancellationToken cancellationToken)
        {
            try
            {
                await _completion.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                if (!_completion.Task.IsCompleted)
                {
                    feed.Remove(this);
                }
            }
        }
    }
}
