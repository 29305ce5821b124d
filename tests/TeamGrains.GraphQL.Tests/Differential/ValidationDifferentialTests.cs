using System.Text.Json;
using TeamGrains.GraphQL.Language;
using TeamGrains.GraphQL.Tests.Validation;
using TeamGrains.GraphQL.Types;
using TeamGrains.GraphQL.Validation;
using Xunit.Abstractions;

namespace TeamGrains.GraphQL.Tests.Differential;

/// <summary>
/// Our parser + validator accept exactly the corpus documents graphql-js 17 accepts
/// (<c>parse</c> + <c>validate(schema, doc, specifiedRules)</c>), over the Dog/Cat schema and over
/// the execution schema.
/// </summary>
public sealed class ValidationDifferentialTests(ITestOutputHelper output)
{
    [Fact]
    public void ValidationCorpusAgreesWithGraphQLJs() =>
        AssertAgreement(HarnessSchemas.DogCat, HarnessSchemas.HarnessFile("schemas", "dogcat.graphql"), HarnessSchemas.HarnessFile("corpus", "validation"));

    [Fact]
    public void ExecutionCorpusValidityAgreesWithGraphQLJs() =>
        AssertAgreement(
            SchemaBuilder.FromSdl(File.ReadAllText(HarnessSchemas.HarnessFile("schemas", "starwars.graphql"))).Build(),
            HarnessSchemas.HarnessFile("schemas", "starwars.graphql"),
            HarnessSchemas.HarnessFile("corpus", "execution"));

    private void AssertAgreement(Schema schema, string schemaFile, string corpusDirectory)
    {
        var cases = CorpusCase.ReadAll(corpusDirectory);
        using var reference = NodeHarness.RunJson("validate.mjs", schemaFile, corpusDirectory);
        var expected = reference.RootElement.EnumerateArray().ToList();
        Assert.Equal(cases.Count, expected.Count);

        var disagreements = new List<string>();
        var sameMessages = 0;
        for (var i = 0; i < cases.Count; i++)
        {
            var theirs = expected[i];
            Assert.Equal(cases[i].Name, theirs.GetProperty("name").GetString());
            var ours = Validate(schema, cases[i].Document);
            if (!theirs.TryGetProperty("syntaxError", out _) && SameMessages(ours.Messages, theirs.GetProperty("errors")))
            {
                sameMessages++;
            }

            if (ours.Valid != theirs.GetProperty("valid").GetBoolean())
            {
                var theirMessages = theirs.TryGetProperty("syntaxError", out var syntax)
                    ? syntax.GetString()
                    : string.Join(" | ", theirs.GetProperty("errors").EnumerateArray().Select(e => e.GetString()));
                disagreements.Add($"{cases[i].Name}: ours {(ours.Valid ? "valid" : "invalid")} [{ours.Messages}], graphql-js [{theirMessages}]");
            }
        }

        // Accept/reject is what must agree; identical messages (graphql-js adds "Did you mean" hints) are only measured.
        output.WriteLine($"{cases.Count - disagreements.Count}/{cases.Count} documents agree ({expected.Count(e => e.GetProperty("valid").GetBoolean())} valid); "
            + $"{sameMessages} have exactly graphql-js's error messages.");
        Assert.True(disagreements.Count == 0, string.Join('\n', disagreements));
    }

    private static bool SameMessages(string ours, JsonElement theirs)
    {
        var theirMessages = theirs.EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal);
        var ourMessages = ours.Length == 0 ? Enumerable.Empty<string>() : ours.Split(" | ").Order(StringComparer.Ordinal);
        return theirMessages.SequenceEqual(ourMessages);
    }

    private static (bool Valid, string Messages) Validate(Schema schema, string document)
    {
        DocumentNode parsed;
        try
        {
            parsed = Parser.Parse(document);
        }
        catch (GraphQLSyntaxException error)
        {
            return (false, error.Message);
        }

        var errors = DocumentValidator.Validate(schema, parsed);
        return (errors.Count == 0, string.Join(" | ", errors.Select(e => e.Message)));
    }
}
