namespace TeamGrains.GraphQL.Execution;

/// <summary>The response path of a field or list item (spec 7.1.2 "path"), as an immutable linked list.</summary>
public sealed class ResultPath
{
    private ResultPath(ResultPath? parent, string? key, int index)
    {
        Parent = parent;
        Key = key;
        Index = index;
        Depth = parent is null ? 1 : parent.Depth + 1;
    }

    public ResultPath? Parent { get; }

    /// <summary>The response key, or null when this segment is a list index.</summary>
    public string? Key { get; }

    public int Index { get; }

    public int Depth { get; }

    public static ResultPath Field(ResultPath? parent, string key) => new(parent, key, -1);

    public static ResultPath Item(ResultPath parent, int index) => new(parent, null, index);

    /// <summary>Segments from the root: strings for keys, ints for indices.</summary>
    public IReadOnlyList<object> ToList()
    {
        var segments = new object[Depth];
        for (var path = this; path is not null; path = path.Parent)
        {
            segments[path.Depth - 1] = path.Key is null ? path.Index : path.Key;
        }

        return segments;
    }

    public override string ToString() => string.Join('.', ToList());
}
