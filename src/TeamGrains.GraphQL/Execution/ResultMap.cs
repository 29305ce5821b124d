using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace TeamGrains.GraphQL.Execution;

/// <summary>
/// One response object: keys and values in selection order (spec 6.3 "ordered map"), filled by index
/// so concurrently resolved fields never reorder. Lookups are linear: response objects are small.
/// </summary>
public sealed class ResultMap : IReadOnlyDictionary<string, object?>
{
    private readonly string[] _keys;
    private readonly object?[] _values;

    /// <param name="keys">The response keys, shared by all maps of the same selection (never modified).</param>
    internal ResultMap(string[] keys)
    {
        _keys = keys;
        _values = new object?[keys.Length];
    }

    public int Count => _keys.Length;

    public IEnumerable<string> Keys => _keys;

    public IEnumerable<object?> Values => _values;

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    internal string KeyAt(int index) => _keys[index];

    internal object? ValueAt(int index) => _values[index];

    internal void SetValue(int index, object? value) => _values[index] = value;

    public bool ContainsKey(string key) => Array.IndexOf(_keys, key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = Array.IndexOf(_keys, key);
        value = index >= 0 ? _values[index] : null;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            yield return new KeyValuePair<string, object?>(_keys[i], _values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
