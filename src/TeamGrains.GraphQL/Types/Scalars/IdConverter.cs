using System.Globalization;
using TeamGrains.GraphQL.Language;

namespace TeamGrains.GraphQL.Types;

/// <summary>ID (spec 3.5.5): serialized as a string; accepts strings and integers as input.</summary>
internal sealed class IdConverter : ScalarConverter
{
    public override object? Serialize(object value) => value switch
    {
        string s => s,
        int or long or short or uint or ulong => ((IFormattable)value).ToString(null, CultureInfo.InvariantCulture),
        Guid g => g.ToString(),
        _ => throw new GraphQLException($"ID cannot represent value: {Inspect.Value(value)}"),
    };

    public override object? ParseValue(object value) => value switch
    {
        string s => s,
        int or long => ((IFormattable)value).ToString(null, CultureInfo.InvariantCulture),
        double d when Math.Floor(d) == d && Math.Abs(d) < 9e15 => ((long)d).ToString(CultureInfo.InvariantCulture),
        _ => throw new GraphQLException($"ID cannot represent value: {Inspect.Value(value)}"),
    };

    public override object? ParseLiteral(ValueNode literal) => literal switch
    {
        StringValueNode s => s.Value,
        IntValueNode i => i.Value,
        _ => throw new GraphQLException($"ID cannot represent a non-string and non-integer value: {Printer.Print(literal)}"),
    };
}
