using System.Collections.Concurrent;
using TeamGrains.Silo.Grains.Shared;
using TeamGrains.Silo.Storage;

namespace TeamGrains.Silo.Grains.Users;

/// <summary>
/// One subscription to the change feed for all user grains of this node: which activations computed
/// answers from which organization or resource, so that a change reaches exactly those (one dictionary
/// lookup per change, however many users are active).
/// Memory: each key holds a <see cref="WatcherSet"/> rather than a <see cref="ConcurrentDictionary{TKey,TValue}"/>,
/// whose lock array per processor cost ~0.5 KB per key (one key per personal organization, i.e. per user).
/// </summary>
internal sealed class PermissionDependencies : IDisposable
{
    private readonly ConcurrentDictionary<string, WatcherSet> _byKey = new(StringComparer.Ordinal);
    private readonly IDisposable _subscription;

    public PermissionDependencies(IChangeFeed changeFeed)
    {
        // A cache must drop answers as soon as a change is known, not once earlier positions are proven.
        _subscription = changeFeed.SubscribeToArrivals(OnChange);
    }

    /// <summary>
    /// Calls <paramref name="invalidate"/> whenever the organization or resource <paramref name="key"/> changes.
    /// It runs on the change feed's thread while a lock is held, so it must be cheap and never block
    /// (the user grain's only bumps an epoch). Returns false if it was watching the key already.
    /// </summary>
    public bool Watch(string key, Action invalidate) => _byKey.GetOrAdd(key, static _ => new WatcherSet()).Add(invalidate);

    /// <summary>Stops the calls for these keys (the activation is going away).</summary>
    public void Forget(IEnumerable<string> keys, Action invalidate)
    {
        foreach (var key in keys)
        {
            if (_byKey.TryGetValue(key, out var watchers))
            {
                watchers.Remove(invalidate);
            }
        }
    }

    public void Dispose() => _subscription.Dispose();

    private void OnChange(ChangeRecord change)
    {
        if (change.Grain.Type is DomainGrainIds.OrganizationType or DomainGrainIds.ResourceType
            && _byKey.TryGetValue(change.Grain.Key, out var watchers))
        {
            watchers.InvokeAll();
        }
    }
}
