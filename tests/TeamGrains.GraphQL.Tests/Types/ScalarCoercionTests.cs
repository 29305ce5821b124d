using TeamGrains.GraphQL.Language;
using TeamGrains.GraphQL.Types;

namespace TeamGrains.GraphQL.Tests.Types;

public sealed class ScalarCoercionTests
{
    public static TheoryData<ScalarType, object, object> SerializedValues => new()
    {
        { ScalarType.Int, 5L, 5 },
        { ScalarType.Int, 3.0, 3 },
        { ScalarType.Int, true, 1 },
        { ScalarType.Float, 2, 2.0 },
        { ScalarType.Float, 1.5f, 1.5 },
        { ScalarType.String, 42, "42" },
        { ScalarType.String, true, "true" },
        { ScalarType.Boolean, 0, false },
        { ScalarType.Id, 7, "7" },
        { ScalarType.Id, "abc", "abc" },
    };

    [Theory]
    [MemberData(nameof(SerializedValues))]
    public void SerializesResultValues(ScalarType scalar, object value, object expected)
    {
        Assert.Equal(expected, scalar.Converter.Serialize(value));
    }

    [Theory]
    [InlineData("Int", 2.5, "Int cannot represent non-integer value: 2.5")]
    [InlineData("Int", 3_000_000_000L, "Int cannot represent non 32-bit signed integer value: 3000000000")]
    [InlineData("Int", "x", "Int cannot represent non-integer value: \"x\"")]
    [InlineData("Float", "x", "Float cannot represent non numeric value: \"x\"")]
    [InlineData("Boolean", "yes", "Boolean cannot represent a non boolean value: \"yes\"")]
    public void RejectsUnrepresentableResults(string name, object value, string message)
    {
        var scalar = ScalarType.Specified.Single(s => s.Name == name);
        Assert.Equal(message, Assert.Throws<GraphQLException>(() => scalar.Converter.Serialize(value)).Message);
    }

    [Theory]
    [InlineData("Int", "123", 123)]
    [InlineData("Int", "-2147483648", int.MinValue)]
    [InlineData("Float", "1", 1.0)]
    [InlineData("Float", "1.5e3", 1500.0)]
    [InlineData("String", "\"s\"", "s")]
    [InlineData("Boolean", "true", true)]
    [InlineData("ID", "\"a\"", "a")]
    [InlineData("ID", "12", "12")]
    public void ParsesLiterals(string name, string literal, object expected)
    {
        var scalar = ScalarType.Specified.Single(s => s.Name == name);
        Assert.Equal(expected, scalar.Converter.ParseLiteral(Parser.ParseValue(literal)));
    }

    [Theory]
    [InlineData("Int", "2147483648", "Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData("Int", "1.5", "Int cannot represent non-integer value: 1.5")]
    [InlineData("String", "1", "String cannot represent a non string value: 1")]
    [InlineData("Boolean", "\"true\"", "Boolean cannot represent a non boolean value: \"true\"")]
    [InlineData("ID", "1.5", "ID cannot represent a non-string and non-integer value: 1.5")]
    [InlineData("Float", "\"1\"", "Float cannot represent non numeric value: \"1\"")]
    public void RejectsInvalidLiterals(string name, string literal, string message)
    {
        var scalar = ScalarType.Specified.Single(s => s.Name == name);
        Assert.Equal(message, Assert.Throws<GraphQLException>(() => scalar.Converter.ParseLiteral(Parser.ParseValue(literal))).Message);
    }

    [Theory]
    [InlineData("Int", 1.0, 1)]
    [InlineData("Float", 4, 4.0)]
    [InlineData("ID", 9, "9")]
    public void ParsesVariableValues(string name, object value, object expected)
    {
        var scalar = ScalarType.Specified.Single(s => s.Name == name);
        Assert.Equal(expected, scalar.Converter.ParseValue(value));
    }

    [Fact]
    public void DateTimeRoundTripsInUtc()
    {
        var converter = DateTimeScalarConverter.Instance;
        Assert.Equal("2026-11-22T08:00:00Z", converter.Serialize(new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(2))));
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 8, 0, 0, TimeSpan.Zero), converter.ParseValue("2026-11-22T09:00:00+01:00"));
        Assert.Throws<GraphQLException>(() => converter.ParseLiteral(Parser.ParseValue("\"yesterday\"")));
    }
}
