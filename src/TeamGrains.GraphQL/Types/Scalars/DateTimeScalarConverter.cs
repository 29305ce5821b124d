using System.Globalization;
using TeamGrains.GraphQL.Language;

namespace TeamGrains.GraphQL.Types;

/// <summary>
/// An ISO-8601 date-time scalar: resolvers return <see cref="DateTimeOffset"/> or <see cref="DateTime"/>,
/// clients see UTC text such as "2026-11-22T08:00:00Z"; resolvers receive <see cref="DateTimeOffset"/>.
/// </summary>
public sealed class DateTimeScalarConverter : ScalarConverter
{
    public static readonly DateTimeScalarConverter Instance = new();

    public override object? Serialize(object value) => value switch
    {
        DateTimeOffset offset => Format(offset),
        DateTime dateTime => Format(dateTime.Kind == DateTimeKind.Unspecified ? new DateTimeOffset(dateTime, TimeSpan.Zero) : new DateTimeOffset(dateTime)),
        string s => Format(Parse(s)),
        _ => throw new GraphQLException($"DateTime cannot represent value: {Inspect.Value(value)}"),
    };

    public override object? ParseValue(object value)
        => value is string s ? Parse(s) : throw new GraphQLException($"DateTime cannot represent a non string value: {Inspect.Value(value)}");

    public override object? ParseLiteral(ValueNode literal)
        => literal is StringValueNode s ? Parse(s.Value) : throw new GraphQLException($"DateTime cannot represent a non string value: {Printer.Print(literal)}");

    private static string Format(DateTimeOffset value)
    {
        var utc = value.ToUniversalTime();
        return utc.ToString(utc.Millisecond == 0 && utc.Ticks % TimeSpan.TicksPerMillisecond == 0 ? "yyyy-MM-dd'T'HH:mm:ss'Z'" : "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);
    }

    private static DateTimeOffset Parse(string text)
    {
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var result)
            && text.Contains('T', StringComparison.Ordinal))
        {
            return result;
        }

        throw new GraphQLException($"DateTime cannot represent an invalid date-time string: {Inspect.Value(text)}");
    }
}
