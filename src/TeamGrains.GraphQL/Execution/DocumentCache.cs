namespace TeamGrains.GraphQL.Execution;

/// <summary>
/// A bounded least-recently-used cache of prepared documents keyed by (query text, operation name),
/// so repeated requests skip parsing and validation. Failed documents are cached too: a client
/// resending a broken query costs a lookup. Very long queries are never kept, which bounds memory.
/// </summary>
internal sealed class DocumentCache(int capacity, int maxQueryLength)
{
    private readonly Dictionary<(string Query, string? Operation), LinkedListNode<Entry>> _map = [];
    private readonly LinkedList<Entry> _order = new();
    private readonly Lock _lock = new();

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _map.Count;
            }
        }
    }

    public PreparedDocument GetOrAdd(string query, string? operationName, Func<string, string?, PreparedDocument> prepare)
    {
        if (capacity <= 0 || query.Length > maxQueryLength)
        {
            return prepare(query, operationName);
        }

        var key = (query, operationName);
        lock (_lock)
        {
            if (_map.TryGetValue(key, out var node))
            {
                _order.Remove(node);
                _order.AddFirst(node);
                return node.Value.Document;
            }
        }

        var prepared = prepare(query, operationName);
        lock (_lock)
        {
            if (!_map.ContainsKey(key))
            {
                _map[key] = _order.AddFirst(new Entry(key, prepared));
                if (_map.Count > capacity)
                {
                    var last = _order.Last!;
                    _order.RemoveLast();
                    _map.Remove(last.Value.Key);
                }
            }
        }

        return prepared;
    }

    private sealed record Entry((string Query, string? Operation) Key, PreparedDocument Document);
}
