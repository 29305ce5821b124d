namespace TeamGrains.GraphQL;

/// <summary>
/// Thrown by a resolver to produce a field error whose message reaches the client as written,
/// with "extensions.code" set to <see cref="Code"/> (any other exception becomes "Unexpected error.").
/// </summary>
public class GraphQLException : Exception
{
    public GraphQLException(string message, string? code = null, IReadOnlyDictionary<string, object?>? extensions = null)
        : base(message)
    {
        Code = code;
        Extensions = extensions;
    }

    public GraphQLException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public GraphQLException()
        : base("GraphQL error.")
    {
    }

    public GraphQLException(string message)
        : base(message)
    {
    }

    public string? Code { get; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>The error as it is reported: message, plus extensions with "code" when set.</summary>
    public virtual GraphQLError ToError(IReadOnlyList<SourceLocation>? locations = null, IReadOnlyList<object>? path = null)
        => new(Message, locations, path, MergeExtensions(Code, Extensions));

    internal static IReadOnlyDictionary<string, object?>? MergeExtensions(string? code, IReadOnlyDictionary<string, object?>? extensions)
    {
        if (code is null)
        {
            return extensions;
        }

        var merged = new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = code };
        if (extensions is not null)
        {
            foreach (var pair in extensions)
            {
                merged.TryAdd(pair.Key, pair.Value);
            }
        }

        return merged;
    }
}
