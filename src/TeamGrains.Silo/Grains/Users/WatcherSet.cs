namespace TeamGrains.Silo.Grains.Users;

/// <summary>
/// The activations watching one organization or resource. Most keys have a single watcher (a personal
/// organization: its owner), so that one is held in a field and the set is only made for a second one
/// (~32 B instead of ~180 B per key; there is a personal organization per user). Thread-safe by its own monitor.
/// A set whose last watcher left is retired for good, so its owner can drop the key without racing a
/// concurrent <see cref="TryAdd"/> (which then fails and makes a fresh set).
/// </summary>
internal sealed class WatcherSet
{
    private readonly Lock _gate = new();
    private Action? _single;
    private HashSet<Action>? _many;
    private bool _retired;

    /// <summary>
    /// Adds <paramref name="watcher"/> (<paramref name="added"/> false if it was there already); returns
    /// false, adding nothing, when the set is retired.
    /// </summary>
    public bool TryAdd(Action watcher, out bool added)
    {
        lock (_gate)
        {
            added = !_retired && Add(watcher);
            return !_retired;
        }
    }

    /// <summary>Removes <paramref name="watcher"/>; true when that left the set empty, which retires it.</summary>
    public bool RemoveAndRetireIfEmpty(Action watcher)
    {
        lock (_gate)
        {
            if (_many is not null)
            {
                _many.Remove(watcher);
                if (_many.Count == 0)
                {
                    _many = null;
                }
            }
            else if (_single == watcher)
            {
                _single = null;
            }

            _retired = _single is null && _many is null;
            return _retired;
        }
    }

    // Under _gate.
    private bool Add(Action watcher)
    {
        if (_many is not null)
        {
            return _many.Add(watcher);
        }

        if (_single == watcher)
        {
            return false;
        }

        if (_single is null)
        {
            _single = watcher;
        }
        else
        {
            _many = [_single, watcher];
            _single = null;
        }

        return true;
    }

    /// <summary>Calls every watcher under the lock: watchers must be cheap and never block.</summary>
    public void InvokeAll()
    {
        lock (_gate)
        {
            _single?.Invoke();
            if (_many is not null)
            {
                foreach (var watcher in _many)
                {
                    watcher();
                }
            }
        }
    }
}
