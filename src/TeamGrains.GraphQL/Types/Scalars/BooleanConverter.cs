using TeamGrains.GraphQL.Language;

namespace TeamGrains.GraphQL.Types;

/// <summary>Boolean (spec 3.5.4).</summary>
internal sealed class BooleanConverter : ScalarConverter
{
    private static readonly object True = true;
    private static readonly object False = false;

    public override object? Serialize(object value) => value switch
    {
        bool b => b ? True : False,
        not string when Numbers.TryToDouble(value, out var d) => d != 0 ? True : False,
        _ => throw new GraphQLException($"Boolean cannot represent a non boolean value: {Inspect.Value(value)}"),
    };

    public override object? ParseValue(object value)
        => value is bool b ? (b ? True : False) : throw new GraphQLException($"Boolean cannot represent a non boolean value: {Inspect.Value(value)}");

    public override object? ParseLiteral(ValueNode literal)
        => literal is BooleanValueNode b ? (b.Value ? True : False) : throw new GraphQLException($"Boolean cannot represent a non boolean value: {Printer.Print(literal)}");
}
