namespace TeamGrains.GraphQL;

/// <summary>
/// One entry of a response's "errors" list (spec 7.1.2): a message for the client, where in the
/// document it arose, the response path of the failed field and extensions such as "code".
/// </summary>
public sealed class GraphQLError
{
    public GraphQLError(
        string message,
        IReadOnlyList<SourceLocation>? locations = null,
        IReadOnlyList<object>? path = null,
        IReadOnlyDictionary<string, object?>? extensions = null)
    {
        Message = message;
        Locations = locations;
        Path = path;
        Extensions = extensions;
    }

    public string Message { get; }

    public IReadOnlyList<SourceLocation>? Locations { get; }

    /// <summary>Response keys (string) and list indices (int) from the root to the failed field.</summary>
    public IReadOnlyList<object>? Path { get; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>The "code" extension, when the error carries one.</summary>
    public string? Code => Extensions is not null && Extensions.TryGetValue("code", out var code) ? code as string : null;

    /// <summary>Writes the error as a JSON object (message, locations, path, extensions), e.g. for a graphql-ws "error" message.</summary>
    public void WriteTo(System.Text.Json.Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Execution.ResultWriter.WriteError(writer, this);
    }

    public GraphQLError WithPath(IReadOnlyList<object>? path) => new(Message, Locations, path, Extensions);

    public GraphQLError WithLocations(IReadOnlyList<SourceLocation>? locations) => new(Message, locations, Path, Extensions);

    public override string ToString()
    {
        if (Locations is not { Count: > 0 } locations)
        {
            return Message;
        }

        return $"{Message} ({locations[0].Line}:{locations[0].Column})";
    }
}
