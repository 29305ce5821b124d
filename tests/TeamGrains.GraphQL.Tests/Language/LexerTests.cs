using TeamGrains.GraphQL.Language;

namespace TeamGrains.GraphQL.Tests.Language;

public sealed class LexerTests
{
    private static StringValueNode ParseString(string literal)
    {
        var document = Parser.Parse("{ f(a: " + literal + ") }");
        var field = (FieldNode)((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0];
        return (StringValueNode)field.Arguments[0].Value;
    }

    [Theory]
    [InlineData("\"simple\"", "simple")]
    [InlineData("\" white space \"", " white space ")]
    [InlineData("\"quote \\\"\"", "quote \"")]
    [InlineData("\"escaped \\n\\r\\b\\t\\f\\/\\\\\"", "escaped \n\r\b\t\f/\\")]
    [InlineData("\"unicode \\u1234\\u5678\\u90AB\\uCDEF\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"\\u{1F600}\"", "\U0001F600")]
    [InlineData("\"\\uD83D\\uDE00\"", "\U0001F600")]
    [InlineData("\"\\u{0}\"", "\0")]
    [InlineData("\"😀 direct\"", "😀 direct")]
    public void DecodesStringEscapes(string literal, string expected)
    {
        Assert.Equal(expected, ParseString(literal).Value);
    }

    [Theory]
    [InlineData("\"\"\"\n    hello\n      world\n    \"\"\"", "hello\n  world")]
    [InlineData("\"\"\"  first\n  second\n\"\"\"", "  first\nsecond")]
    [InlineData("\"\"\"contains \\\"\"\" triple\"\"\"", "contains \"\"\" triple")]
    [InlineData("\"\"\"\r\n\r\n  a\r\n  b\r\n\r\n\"\"\"", "a\nb")]
    [InlineData("\"\"\"no \\n escapes\"\"\"", "no \\n escapes")]
    public void DedentsBlockStrings(string literal, string expected)
    {
        var node = ParseString(literal);
        Assert.Equal(expected, node.Value);
        Assert.True(node.Block);
    }

    [Theory]
    [InlineData("{ f(a: \"unterminated) }", "Unterminated string.", 1, 24)]
    [InlineData("{ f(a: \"\\uD83D\") }", "Invalid Unicode escape sequence: \"\\uD83D\".", 1, 9)]
    [InlineData("{ f(a: \"\\uDE00\") }", "Invalid Unicode escape sequence: \"\\uDE00\".", 1, 9)]
    [InlineData("{ f(a: \"\\u{110000}\") }", "Invalid Unicode escape sequence: \"\\u{110000}\".", 1, 9)]
    [InlineData("{ f(a: \"\\x\") }", "Invalid character escape sequence: \"\\x\".", 1, 9)]
    [InlineData("{ f(a: 00) }", "Invalid number, unexpected digit after 0: \"0\".", 1, 9)]
    [InlineData("{ f(a: 1.) }", "Invalid number, expected digit but got: \")\".", 1, 10)]
    [InlineData("{ f(a: 1e) }", "Invalid number, expected digit but got: \")\".", 1, 10)]
    [InlineData("{ f(a: 12abc) }", "Invalid number, expected digit but got: \"a\".", 1, 10)]
    [InlineData("{ f(a: -x) }", "Invalid number, expected digit but got: \"x\".", 1, 9)]
    [InlineData("{\n  ? }", "Unexpected character: \"?\".", 2, 3)]
    [InlineData("{ .. }", "Unexpected \"..\", did you mean \"...\"?", 1, 3)]
    [InlineData("{ f(a: 'x') }", "Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 8)]
    [InlineData("{ \u0007 }", "Unexpected character: U+0007.", 1, 3)]
    public void ReportsLexicalErrorsWithPosition(string source, string description, int line, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source));
        Assert.Equal(description, error.Description);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Equal("Syntax Error: " + description, error.Error.Message);
        Assert.Equal(new SourceLocation(line, column), Assert.Single(error.Error.Locations!));
    }

    [Fact]
    public void RejectsLoneSurrogateInSource()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ f(a: \"\uD800\") }"));
        Assert.Equal("Invalid character within String: U+D800.", error.Description);
    }

    [Fact]
    public void SkipsIgnoredTokensAndTracksLines()
    {
        var document = Parser.Parse("\uFEFF# comment\r\n,,\t query\r\n  # another\n  { a }");
        var operation = (OperationDefinitionNode)document.Definitions[0];
        Assert.Equal(2, operation.Location.Line);
        Assert.Equal(5, operation.Location.Column);
        var field = operation.SelectionSet.Selections[0];
        Assert.Equal((39, 4, 5), (field.Location.Start, field.Location.Line, field.Location.Column));
    }

    [Theory]
    [InlineData("0", "0")]
    [InlineData("-0", "-0")]
    [InlineData("123", "123")]
    [InlineData("-1.5e+10", "-1.5e+10")]
    [InlineData("2E-3", "2E-3")]
    public void KeepsNumberText(string literal, string expected)
    {
        var field = (FieldNode)((OperationDefinitionNode)Parser.Parse("{ f(a: " + literal + ") }").Definitions[0]).SelectionSet.Selections[0];
        var value = field.Arguments[0].Value;
        Assert.Equal(expected, value is IntValueNode i ? i.Value : ((FloatValueNode)value).Value);
        Assert.Equal(literal.Contains('.') || literal.Contains('e', StringComparison.OrdinalIgnoreCase), value is FloatValueNode);
    }
}
