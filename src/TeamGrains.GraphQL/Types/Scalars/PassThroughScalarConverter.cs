using TeamGrains.GraphQL.Execution;
using TeamGrains.GraphQL.Language;

namespace TeamGrains.GraphQL.Types;

/// <summary>
/// For custom scalars without a bound converter (graphql-js default): values pass through, literals
/// become plain .NET values (strings, ints, doubles, bools, dictionaries, lists).
/// </summary>
public sealed class PassThroughScalarConverter : ScalarConverter
{
    public static readonly PassThroughScalarConverter Instance = new();

    public override object? Serialize(object value) => value;

    public override object? ParseValue(object value) => InputValues.FromJson(value);

    public override object? ParseLiteral(ValueNode literal) => InputValues.FromLiteralUntyped(literal, null);
}
