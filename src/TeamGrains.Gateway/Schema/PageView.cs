using System.Collections.Concurrent;
using System.Reflection;
using TeamGrains.Interfaces.Paging;

namespace TeamGrains.Gateway.Schema;

/// <summary>
/// A non-generic view of a <see cref="Page{T}"/>, so that one set of resolvers serves every *Connection
/// type. Pages are turned into views once, where a resolver returns them (<see cref="BindingExtensions"/>).
/// </summary>
public sealed record PageView(IReadOnlyList<EdgeView> Edges, bool HasNextPage, int TotalCount, string? EndCursor)
{
    private static readonly ConcurrentDictionary<Type, Func<object, PageView>?> Converters = new();

    /// <summary>The view of <paramref name="value"/> when it is a page; otherwise the value itself.</summary>
    public static object? Wrap(object? value)
    {
        if (value is null or PageView)
        {
            return value;
        }

        var converter = Converters.GetOrAdd(value.GetType(), static type =>
            type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Page<>)
                ? typeof(PageView).GetMethod(nameof(FromPage), BindingFlags.NonPublic | BindingFlags.Static)!
                    .MakeGenericMethod(type.GetGenericArguments()[0]).CreateDelegate<Func<object, PageView>>()
                : null);
        return converter is null ? value : converter(value);
    }

    private static PageView FromPage<T>(object value)
    {
        var page = (Page<T>)value;
        var edges = new EdgeView[page.Edges.Count];
        for (var i = 0; i < edges.Length; i++)
        {
            edges[i] = new EdgeView(page.Edges[i].Node!, page.Edges[i].Cursor);
        }

        return new PageView(edges, page.HasNextPage, page.TotalCount, page.EndCursor);
    }
}
