using TeamGrains.GraphQL.Language;
using TeamGrains.GraphQL.Tests.Language;
using TeamGrains.GraphQL.Validation;

namespace TeamGrains.GraphQL.Tests.Validation;

/// <summary>
/// Random documents from the grammar (gql-core's generator, seeded): validation never throws, keeps
/// its cap, locates every rule error, and gives the same answer twice (the per-thread context is
/// reused between the two calls).
/// </summary>
public sealed class ValidatorRobustnessTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void RandomDocumentsValidateWithoutThrowing(int seed)
    {
        var generator = new DocumentGenerator(seed);
        var validated = 0;
        for (var i = 0; i < 1000; i++)
        {
            DocumentNode document;
            try
            {
                document = Parser.Parse(generator.Document());
            }
            catch (GraphQLSyntaxException)
            {
                continue;
            }

            validated++;
            var first = DocumentValidator.Validate(HarnessSchemas.DogCat, document);
            var second = DocumentValidator.Validate(HarnessSchemas.DogCat, document);
            Assert.Equal(first.Select(e => e.Message), second.Select(e => e.Message));
            Assert.True(first.Count <= ValidationOptions.Default.MaxErrors + 1);
            Assert.All(first.Where(e => !e.Message.StartsWith("Too many", StringComparison.Ordinal) && e.Message != "Validation aborted."),
                e => Assert.NotEmpty(e.Locations!));
        }

        Assert.True(validated > 100, $"only {validated} generated documents parsed");
    }
}
