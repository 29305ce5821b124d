using System.Globalization;
using TeamGrains.GraphQL.Language;

namespace TeamGrains.GraphQL.Types;

/// <summary>String (spec 3.5.3).</summary>
internal sealed class StringConverter : ScalarConverter
{
    public override object? Serialize(object value) => value switch
    {
        string s => s,
        bool b => b ? "true" : "false",
        char c => c.ToString(),
        Guid g => g.ToString(),
        Enum e => e.ToString(),
        _ when Numbers.TryToDouble(value, out _) => ((IFormattable)value).ToString(null, CultureInfo.InvariantCulture),
        _ => throw new GraphQLException($"String cannot represent value: {Inspect.Value(value)}"),
    };

    public override object? ParseValue(object value)
        => value as string ?? throw new GraphQLException($"String cannot represent a non string value: {Inspect.Value(value)}");

    public override object? ParseLiteral(ValueNode literal)
        => (literal as StringValueNode)?.Value ?? throw new GraphQLException($"String cannot represent a non string value: {Printer.Print(literal)}");
}
