using TeamGrains.GraphQL.Language;
using TeamGrains.GraphQL.Types;

namespace TeamGrains.GraphQL.Execution;

/// <summary>Spec 6.1.2 CoerceVariableValues: the request's variables checked and coerced against the operation's definitions.</summary>
internal static class VariableValues
{
    private static readonly IReadOnlyDictionary<string, object?> None = new Dictionary<string, object?>();

    public static IReadOnlyDictionary<string, object?> Coerce(Schema schema, OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?>? inputs, List<GraphQLError> errors)
    {
        if (operation.VariableDefinitions.Count == 0)
        {
            return None;
        }

        var coerced = new Dictionary<string, object?>(operation.VariableDefinitions.Count, StringComparer.Ordinal);
        foreach (var definition in operation.VariableDefinitions)
        {
            var name = definition.Variable.Name;
            var locations = new[] { new SourceLocation(definition.Location.Line, definition.Location.Column) };
            var type = ResolveType(schema, definition.Type);
            if (type is null || !type.IsInputType)
            {
                errors.Add(new GraphQLError($"Variable \"${name}\" expected value of type \"{Printer.Print(definition.Type)}\" which cannot be used as an input type.", locations));
                continue;
            }

            object? value = null;
            var hasValue = inputs is not null && inputs.TryGetValue(name, out value);
            if (!hasValue && definition.DefaultValue is not null)
            {
                var problems = new List<string>();
                coerced[name] = InputValues.CoerceLiteral(definition.DefaultValue, type, null, problems, $"Variable \"${name}\"");
                if (problems.Count > 0)
                {
                    errors.Add(new GraphQLError(problems[0], locations));
                }

                continue;
            }

            if (type is NonNullType && (!hasValue || IsNull(value)))
            {
                errors.Add(new GraphQLError(hasValue
                    ? $"Variable \"${name}\" of non-null type \"{type}\" must not be null."
                    : $"Variable \"${name}\" of required type \"{type}\" was not provided.", locations));
                continue;
            }

            if (hasValue)
            {
                var problems = new List<string>();
                var result = InputValues.CoerceValue(value, type, problems, "value");
                if (problems.Count > 0)
                {
                    errors.Add(new GraphQLError($"Variable \"${name}\" got invalid value {Inspect.Value(value)}; {problems[0]}", locations));
                    continue;
                }

                coerced[name] = result;
            }
        }

        return coerced;
    }

    private static bool IsNull(object? value)
        => value is null || value is System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.Null or System.Text.Json.JsonValueKind.Undefined };

    /// <summary>A type reference of the document resolved against the schema; null when a name is unknown.</summary>
    public static GraphQLType? ResolveType(Schema schema, TypeNode node) => node switch
    {
        NonNullTypeNode nonNull => ResolveType(schema, nonNull.Type) is { } inner and not NonNullType ? new NonNullType(inner) : null,
        ListTypeNode list => ResolveType(schema, list.Type) is { } item ? new ListType(item) : null,
        NamedTypeNode named => schema.GetType(named.Name),
        _ => null,
    };
}
