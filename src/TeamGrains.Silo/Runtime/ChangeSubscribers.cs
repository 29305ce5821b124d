using Microsoft.Extensions.Logging;
using TeamGrains.Silo.Storage;

namespace TeamGrains.Silo.Runtime;

/// <summary>
/// The callbacks of one kind of change-feed subscription. Every activation of some grains subscribes,
/// so subscribing must stay O(1): the set changes in place and the array that <see cref="Invoke"/>
/// walks is rebuilt only when a change arrives after the set changed.
/// </summary>
internal sealed class ChangeSubscribers(ILogger logger)
{
    private readonly Lock _gate = new();
    private readonly HashSet<Subscription> _subscribers = [];
    private Subscription[]? _snapshot = [];

    public IDisposable Add(Action<ChangeRecord> onChange)
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

    /// <summary>Calls every live subscriber; one that throws is logged and does not stop the others.</summary>
    public void Invoke(ChangeRecord change)
    {
        // A subscriber may subscribe or unsubscribe from its callback: walk a snapshot.
        var subscribers = Volatile.Read(ref _snapshot) ?? Snapshot();
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

    private Subscription[] Snapshot()
    {
        lock (_gate)
        {
            return _snapshot ??= [.. _subscribers];
        }
    }

    private void Remove(Subscription subscription)
    {
        lock (_gate)
        {
            if (_subscribers.Remove(subscription))
            {
                _snapshot = null;
            }
        }
    }

    private sealed class Subscription(ChangeSubscribers owner, Action<ChangeRecord> onChange) : IDisposable
    {
        private int _disposed;

        public Action<ChangeRecord> OnChange => onChange;

        public bool IsDisposed => Volatile.Read(ref _disposed) == 1;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner.Remove(this);
            }
        }
    }
}
