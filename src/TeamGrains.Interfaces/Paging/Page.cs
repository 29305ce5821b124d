namespace TeamGrains.Interfaces.Paging;

/// <summary>One page of an ordered list (the contract's *Connection types).</summary>
/// <param name="TotalCount">How many items the whole list holds.</param>
public sealed record Page<T>(IReadOnlyList<Edge<T>> Edges, bool HasNextPage, int TotalCount)
{
    /// <summary>The cursor of the last item of this page, or null for an empty page.</summary>
    public string? EndCursor => Edges.Count == 0 ? null : Edges[^1].Cursor;

    /// <summary>Builds a page from the items read at <paramref name="offset"/> of a list of <paramref name="totalCount"/> items.</summary>
    public static Page<T> From(IReadOnlyList<T> items, int offset, int totalCount)
    {
        var edges = new Edge<T>[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            edges[i] = new Edge<T>(items[i], Cursor.FromOffset(offset + i));
        }

        return new Page<T>(edges, offset + items.Count < totalCount, totalCount);
    }
}
