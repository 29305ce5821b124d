using FsCheck;
using FsCheck.Xunit;
using TeamGrains.GraphQL.Language;

namespace TeamGrains.GraphQL.Tests.Language;

public sealed class PrinterTests
{
    [Fact]
    public void PrintsCanonicalQuery()
    {
        var printed = Printer.Print(Parser.Parse("query  Q ( $a : Int = 1 ) @d { x : f ( a : $a , b : [ 1 , { c : \"s\" } ] ) { ... on T { g } ...F } }"));
        Assert.Equal("""
            query Q($a: Int = 1) @d {
              x: f(a: $a, b: [1, { c: "s" }]) {
                ... on T {
                  g
                }
                ...F
              }
            }
            """, printed);
    }

    [Fact]
    public void WrapsLongArgumentListsAndValuesLikeGraphQLJs()
    {
        var printed = Printer.Print(Parser.Parse("{ alias: f(aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa: 1, bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb: {c: [1, 2]}) }"));
        Assert.Equal("""
            {
              alias: f(
                aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa: 1
                bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb: { c: [1, 2] }
              )
            }
            """, printed);
    }

    [Fact]
    public void PrintsShorthandQueryAsSelectionSet()
    {
        Assert.Equal("{\n  a\n}", Printer.Print(Parser.Parse("query { a }")));
    }

    [Fact]
    public void PrintsEscapesAndBlockStrings()
    {
        var printed = Printer.Print(Parser.Parse("{ f(a: \"q\\\"\\u0001\\n\", b: \"\"\"x\n  y\"\"\") }"));
        Assert.Contains("a: \"q\\\"\\u0001\\n\"", printed, StringComparison.Ordinal);
        Assert.Contains("\"\"\"", printed, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TestDocuments.KitchenSinkSdl)]
    [InlineData(TestDocuments.IntrospectionQuery)]
    public void RoundTripsKnownDocuments(string source)
    {
        AssertRoundTrips(source);
    }

    /// <summary>Generated documents are valid syntax: printing and reparsing keeps the AST.</summary>
    [Property(MaxTest = 1500)]
    public void GeneratedDocumentsRoundTrip(int seed)
    {
        AssertRoundTrips(new DocumentGenerator(seed).Document());
    }

    /// <summary>Mutated documents either parse (and then round-trip) or fail with the syntax error type only.</summary>
    [Property(MaxTest = 3000)]
    public void MutatedDocumentsNeverThrowAnythingButSyntaxErrors(int seed)
    {
        var generator = new DocumentGenerator(seed);
        var source = generator.Mutate(seed % 3 == 0 ? TestDocuments.KitchenSinkSdl : generator.Document());
        DocumentNode document;
        try
        {
            document = Parser.Parse(source);
        }
        catch (GraphQLSyntaxException error)
        {
            Assert.True(error.Line >= 1 && error.Column >= 1, "error has a position");
            return;
        }

        AssertRoundTrips(source, document);
    }

    [Property(MaxTest = 500)]
    public void ArbitraryTextNeverThrowsAnythingButSyntaxErrors(NonNull<string> text)
    {
        try
        {
            AssertRoundTrips(text.Get, Parser.Parse(text.Get));
        }
        catch (GraphQLSyntaxException)
        {
            // The only acceptable failure.
        }
    }

    private static void AssertRoundTrips(string source, DocumentNode? document = null)
    {
        document ??= Parser.Parse(source);
        var printed = Printer.Print(document);
        var reparsed = Parser.Parse(printed);
        var difference = AstEquality.FirstDifference(document, reparsed);
        Assert.True(difference is null, $"{difference}\n--- source:\n{source}\n--- printed:\n{printed}");
        Assert.Equal(printed, Printer.Print(reparsed));
    }
}
