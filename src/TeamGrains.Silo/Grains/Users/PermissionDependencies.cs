using System.Collections.Concurrent;
using TeamGrains.Silo.Grains.Shared;
using TeamGrains.Silo.Storage;

namespace TeamGrains.Silo.Grains.Users;

/// <summary>
/// One subscription to the change feed for all user grains of this node: which activations computed
/// answers from which organization or resource, so that a change reaches exactly those (one dictionary
/// lookup per change, however many users are active).
/// </summary>
internal sealed class PermissionDependencies : IDisposable
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<Action, byte>> _byKey = new(StringComparer.Ordinal);
    private readonly IDisposable _subscription;

    public PermissionDependencies(IChangeFeed changeFeed)
    {
        _subscription = changeFeed.Subscribe(OnChange);
    }

    /// <summary>Calls <paramref name="invalidate"/> whenever the organization or resource <paramref name="key"/> changes.</summary>
    public void Watch(string key, Action invalidate)
        => _byKey.GetOrAdd(key, _ => new ConcurrentDictionary<Action, byte>()).TryAdd(invalidate, 0);

    /// <summary>Stops the calls for these keys (the activation is going away).</summary>
    public void Forget(IEnumerable<string> keys, Action invalidate)
    {
        foreach (var key in keys)
        {
            if (_byKey.TryGetValue(key, out var watchers))
            {
                watchers.TryRemove(invalidate, out _);
            }
        }
    }

    public void Dispose() => _subscription.Dispose();

    private void OnChange(ChangeRecord change)
    {
        if (change.Grain.Type is DomainGrainIds.OrganizationType or DomainGrainIds.ResourceType
            && _byKey.TryGetValue(change.Grain.Key, out var watchers))
        {
            foreach (var invalidate in watchers.Keys)
            {
                invalidate();
            }
        }
    }
}
