namespace TeamGrains.Silo.Grains.Shared;

/// <summary>
/// A map from ordinal string keys, kept as one array sorted by key and searched by bisection. For grain state
/// that stays in memory by the 100,000 (a user's memberships, an organization's direct members) and nearly
/// always holds one or a few entries: a Dictionary costs ~200 B for one entry (object, buckets, entries, and
/// a cached Values collection once asked), this ~70 B. Adding or removing is O(n), which the write around it
/// (a database transaction) dwarfs. Not thread-safe: grain state is changed only in the grain's turn.
/// </summary>
internal sealed class CompactStringMap<TValue>
    where TValue : class
{
    private KeyValuePair<string, TValue>[] _entries = [];
    private int _count;

    public CompactStringMap()
    {
    }

    /// <summary>A map of <paramref name="values"/> by <paramref name="keyOf"/>; for a key given twice the last value wins.</summary>
    public CompactStringMap(IEnumerable<TValue> values, Func<TValue, string> keyOf)
    {
        // Sorted once (stable, so "last wins" is the last of equal keys), not inserted one by one (O(n²)).
        var sorted = values.Select(v => KeyValuePair.Create(keyOf(v), v)).OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
        var entries = new List<KeyValuePair<string, TValue>>(sorted.Count);
        foreach (var entry in sorted)
        {
            if (entries.Count > 0 && string.Equals(entries[^1].Key, entry.Key, StringComparison.Ordinal))
            {
                entries[^1] = entry;
            }
            else
            {
                entries.Add(entry);
            }
        }

        _entries = [.. entries];
        _count = _entries.Length;
    }

    public int Count => _count;

    /// <summary>The values in key order (ordinal).</summary>
    public IEnumerable<TValue> Values
    {
        get
        {
            for (var i = 0; i < _count; i++)
            {
                yield return _entries[i].Value;
            }
        }
    }

    /// <summary>Adds or replaces the value of <paramref name="key"/>.</summary>
    public TValue this[string key]
    {
        get => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No entry for '{key}'.");
        set
        {
            ArgumentNullException.ThrowIfNull(key);
            var index = Find(key);
            if (index >= 0)
            {
                _entries[index] = KeyValuePair.Create(_entries[index].Key, value);
                return;
            }

            index = ~index;
            if (_count == _entries.Length)
            {
                // Exact size for the usual one or two entries (state is loaded once); doubling beyond.
                Array.Resize(ref _entries, _count < 2 ? _count + 1 : _count * 2);
            }

            Array.Copy(_entries, index, _entries, index + 1, _count - index);
            _entries[index] = KeyValuePair.Create(key, value);
            _count++;
        }
    }

    public bool ContainsKey(string key) => Find(key) >= 0;

    public bool TryGetValue(string key, out TValue value)
    {
        var index = Find(key);
        value = index >= 0 ? _entries[index].Value : null!;
        return index >= 0;
    }

    public TValue? GetValueOrDefault(string key) => TryGetValue(key, out var value) ? value : null;

    public bool Remove(string key)
    {
        var index = Find(key);
        if (index < 0)
        {
            return false;
        }

        _count--;
        Array.Copy(_entries, index + 1, _entries, index, _count - index);
        _entries[_count] = default;
        return true;
    }

    /// <summary>The index of <paramref name="key"/>, or the bitwise complement of where it would go.</summary>
    private int Find(string key) => _entries.AsSpan(0, _count).BinarySearch(new KeyProbe(key));

    /// <summary>Compares a key with an entry's, ordinal (for <see cref="MemoryExtensions.BinarySearch{T, TComparable}(Span{T}, TComparable)"/>).</summary>
    private readonly struct KeyProbe(string key) : IComparable<KeyValuePair<string, TValue>>
    {
        public int CompareTo(KeyValuePair<string, TValue> other) => string.CompareOrdinal(key, other.Key);
    }
}
