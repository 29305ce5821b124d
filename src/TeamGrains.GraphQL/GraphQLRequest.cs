using System.Text.Json;

namespace TeamGrains.GraphQL;

/// <summary>One GraphQL request (GraphQL over HTTP: query, operationName, variables, extensions) plus server-side context.</summary>
public sealed record GraphQLRequest
{
    public required string Query { get; init; }

    public string? OperationName { get; init; }

    /// <summary>Variable values as .NET values (JsonElement values are accepted too).</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    /// <summary>Variable values as a JSON object, used when <see cref="Variables"/> is null (no copy: coerced straight from JSON).</summary>
    public JsonElement? VariablesJson { get; init; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>Anything the host wants resolvers to see, e.g. the caller's identity.</summary>
    public object? UserContext { get; init; }

    /// <summary>The request's service scope, handed to resolvers.</summary>
    public IServiceProvider? RequestServices { get; init; }

    /// <summary>The value resolved at the root (the source of root fields).</summary>
    public object? RootValue { get; init; }

    /// <summary>The variables as one dictionary, whichever way they were given.</summary>
    internal IReadOnlyDictionary<string, object?>? GetVariables()
    {
        if (Variables is not null)
        {
            return Variables;
        }

        if (VariablesJson is not { ValueKind: JsonValueKind.Object } json)
        {
            return null;
        }

        var variables = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in json.EnumerateObject())
        {
            variables[property.Name] = property.Value;
        }

        return variables;
    }
}
