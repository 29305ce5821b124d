using System.Globalization;
using TeamGrains.GraphQL.Language;

namespace TeamGrains.GraphQL.Types;

/// <summary>Float (spec 3.5.2): a finite double.</summary>
internal sealed class FloatConverter : ScalarConverter
{
    public override object? Serialize(object value) => value switch
    {
        double d when double.IsFinite(d) => d,
        bool b => b ? 1.0 : 0.0,
        string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) => d,
        not string when Numbers.TryToDouble(value, out var d) => d,
        _ => throw new GraphQLException($"Float cannot represent non numeric value: {Inspect.Value(value)}"),
    };

    public override object? ParseValue(object value)
    {
        if (value is not (string or bool) && Numbers.TryToDouble(value, out var d))
        {
            return d;
        }

        throw new GraphQLException($"Float cannot represent non numeric value: {Inspect.Value(value)}");
    }

    public override object? ParseLiteral(ValueNode literal) => literal switch
    {
        IntValueNode i => double.Parse(i.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        FloatValueNode f when double.TryParse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) => d,
        _ => throw new GraphQLException($"Float cannot represent non numeric value: {Printer.Print(literal)}"),
    };
}
