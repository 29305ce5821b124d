using TeamGrains.GraphQL.Language;

namespace TeamGrains.GraphQL.Types;

/// <summary>
/// The three coercions of a scalar (spec 3.5.1 and 3.5.2). Each throws (preferably
/// <see cref="GraphQLException"/>) when the value cannot be represented; the message reaches the client.
/// </summary>
public abstract class ScalarConverter
{
    /// <summary>Result coercion: a resolver's value (never null) to a JSON-writable value.</summary>
    public abstract object? Serialize(object value);

    /// <summary>Input coercion of a variable value (never null): string, bool, int/long/double, dictionary or list.</summary>
    public abstract object? ParseValue(object value);

    /// <summary>Input coercion of a literal (never null, never a variable).</summary>
    public abstract object? ParseLiteral(ValueNode literal);
}
