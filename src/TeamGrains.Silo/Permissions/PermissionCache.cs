using System.Collections.Concurrent;
using TeamGrains.Interfaces.Permissions;

namespace TeamGrains.Silo.Permissions;

/// <summary>
/// Remembers computed permission sets per (user, scope) — scope being an organization id, or a resource id
/// for resource checks — together with the epoch they were computed at. The caller passes the current epoch
/// (the change-feed position, or any number that changes whenever an input may have changed); an entry
/// answers only for exactly that epoch, so a change never serves a stale set. Thread-safe (read-only grain
/// methods interleave); bounded: when <see cref="Capacity"/> entries are reached it starts afresh.
/// </summary>
public sealed class PermissionCache
{
    private readonly ConcurrentDictionary<(string UserId, string ScopeId), Entry> _entries = new();
    private int _count;

    public PermissionCache(int capacity = 100_000)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        Capacity = capacity;
    }

    public int Capacity { get; }

    /// <summary>Number of entries held.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>The set computed at exactly <paramref name="epoch"/>, if cached. No allocation.</summary>
    public bool TryGet(string userId, string scopeId, long epoch, out PermissionSet permissions)
    {
        if (_entries.TryGetValue((userId, scopeId), out var entry) && entry.Epoch == epoch)
        {
            permissions = entry.Permissions;
            return true;
        }

        permissions = PermissionSet.Empty;
        return false;
    }

    /// <summary>Stores the set computed at <paramref name="epoch"/>, replacing an entry of another epoch.</summary>
    public void Set(string userId, string scopeId, long epoch, PermissionSet permissions)
    {
        if (Count >= Capacity)
        {
            Clear();
        }

        // The count is approximate under races with Clear; it only bounds the size.
        var key = (userId, scopeId);
        var entry = new Entry(epoch, permissions);
        if (_entries.TryAdd(key, entry))
        {
            Interlocked.Increment(ref _count);
        }
        else
        {
            _entries[key] = entry;
        }
    }

    /// <summary>The cached set for <paramref name="epoch"/>, else computes it with <paramref name="compute"/>(<paramref name="state"/>) and caches it.</summary>
    public PermissionSet GetOrCompute<TState>(string userId, string scopeId, long epoch, TState state, Func<TState, PermissionSet> compute)
    {
        ArgumentNullException.ThrowIfNull(compute);
        if (TryGet(userId, scopeId, epoch, out var permissions))
        {
            return permissions;
        }

        permissions = compute(state);
        Set(userId, scopeId, epoch, permissions);
        return permissions;
    }

    /// <summary>Forgets every entry.</summary>
    public void Clear()
    {
        _entries.Clear();
        Volatile.Write(ref _count, 0);
    }

    private readonly record struct Entry(long Epoch, PermissionSet Permissions);
}
