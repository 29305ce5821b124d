using TeamGrains.GraphQL.Types;

namespace TeamGrains.GraphQL.Tests.Types;

public sealed class SchemaPrinterTests
{
    [Fact]
    public void PrintsTheSchemaAsSdlLikeGraphQLJsPrintSchema()
    {
        var schema = SchemaBuilder.FromSdl("""
            "Custom roots."
            schema { query: Root }
            directive @tag(name: String!) repeatable on OBJECT
            "The root."
            type Root implements Node { id: ID! search(term: String = "x", limit: Int! = 10): [Result!]! old: Int @deprecated reason: Int @deprecated(reason: "Gone.") }
            interface Node { id: ID! }
            union Result = Root
            enum Color { RED GREEN @deprecated }
            input Pick @oneOf { a: Int b: String }
            scalar Url @specifiedBy(url: "https://example.com")
            """).Build();

        Assert.Equal(""""
            """Custom roots."""
            schema {
              query: Root
            }

            directive @tag(name: String!) repeatable on OBJECT

            """The root."""
            type Root implements Node {
              id: ID!
              search(term: String = "x", limit: Int! = 10): [Result!]!
              old: Int @deprecated
              reason: Int @deprecated(reason: "Gone.")
            }

            interface Node {
              id: ID!
            }

            union Result = Root

            enum Color {
              RED
              GREEN @deprecated
            }

            input Pick @oneOf {
              a: Int
              b: String
            }

            scalar Url @specifiedBy(url: "https://example.com")

            """", SchemaPrinter.Print(schema));
    }

    [Fact]
    public void PrintedSchemaBuildsTheSameSchema()
    {
        var original = TestSchemas.DogCatHuman().Build();
        var printed = SchemaPrinter.Print(original);
        var rebuilt = SchemaBuilder.FromSdl(printed).Build();
        Assert.Equal(printed, SchemaPrinter.Print(rebuilt));
        Assert.Equal(original.Types.Select(t => t.Name), rebuilt.Types.Select(t => t.Name));
    }
}
