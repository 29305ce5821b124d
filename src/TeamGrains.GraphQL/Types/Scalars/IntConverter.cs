using System.Globalization;
using TeamGrains.GraphQL.Language;

namespace TeamGrains.GraphQL.Types;

/// <summary>Int (spec 3.5.1): a signed 32-bit integer.</summary>
internal sealed class IntConverter : ScalarConverter
{
    public override object? Serialize(object value) => value switch
    {
        int i => i,
        bool b => b ? 1 : 0,
        string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => FromNumber(d, value),
        string => throw new GraphQLException($"Int cannot represent non-integer value: {Inspect.Value(value)}"),
        _ when Numbers.TryToDouble(value, out var d) => FromNumber(d, value),
        _ => throw new GraphQLException($"Int cannot represent non-integer value: {Inspect.Value(value)}"),
    };

    public override object? ParseValue(object value)
    {
        if (value is int i)
        {
            return i;
        }

        if (value is not (string or bool) && Numbers.TryToDouble(value, out var d))
        {
            return FromNumber(d, value);
        }

        throw new GraphQLException($"Int cannot represent non-integer value: {Inspect.Value(value)}");
    }

    public override object? ParseLiteral(ValueNode literal)
    {
        if (literal is not IntValueNode node)
        {
            throw new GraphQLException($"Int cannot represent non-integer value: {Printer.Print(literal)}");
        }

        if (!int.TryParse(node.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result))
        {
            throw new GraphQLException($"Int cannot represent non 32-bit signed integer value: {node.Value}");
        }

        return result;
    }

    private static int FromNumber(double d, object original)
    {
        if (Math.Floor(d) != d || double.IsInfinity(d))
        {
            throw new GraphQLException($"Int cannot represent non-integer value: {Inspect.Value(original)}");
        }

        if (d > int.MaxValue || d < int.MinValue)
        {
            throw new GraphQLException($"Int cannot represent non 32-bit signed integer value: {Inspect.Value(original)}");
        }

        return (int)d;
    }
}
