namespace TeamGrains.Silo.Grains.Users;

/// <summary>
/// The activations watching one organization or resource. Most keys have a single watcher (a personal
/// organization: its owner), so that one is held in a field and the set is only made for a second one
/// (~32 B instead of ~180 B per key; there is a personal organization per user). Thread-safe by its own monitor.
/// </summary>
internal sealed class WatcherSet
{
    private readonly Lock _gate = new();
    private Action? _single;
    private HashSet<Action>? _many;

    /// <summary>Adds <paramref name="watcher"/>; false if it was there already.</summary>
    public bool Add(Action watcher)
    {
        lock (_gate)
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
    }

    public void Remove(Action watcher)
    {
        lock (_gate)
        {
            if (_many is not null)
            {
                _many.Remove(watcher);
            }
            else if (_single == watcher)
            {
                _single = null;
            }
        }
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
