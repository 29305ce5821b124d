using TeamGrains.GraphQL.Language;
using TeamGrains.GraphQL.Validation;

namespace TeamGrains.GraphQL.Tests.Validation;

/// <summary>All specified rules together: one traversal, located errors, the error cap.</summary>
public sealed class DocumentValidatorTests
{
    [Fact]
    public void EveryRuleOfTheSpecIsSpecified() =>
        Assert.Equal(32, DocumentValidator.SpecifiedRules.Select(r => r.GetType()).Distinct().Count());

    [Fact]
    public void ValidDocumentPassesAllRules()
    {
        const string document = """
            query Q($cmd: DogCommand!, $withOwner: Boolean = false) {
              dog { ...DogFields owner @include(if: $withOwner) { name pets { ...PetFields } } }
              catOrDog { ... on Cat { meows furColor } ... on Dog { ...DogFields } }
              command: dog { doesKnowCommand(dogCommand: $cmd) }
              __schema { types { name fields { name } } }
            }
            fragment DogFields on Dog { name nickname barkVolume mother { name } }
            fragment PetFields on Pet { name ... on Dog { barks } ... on Cat { meows } }
            """;
        Assert.Empty(DocumentValidator.Validate(HarnessSchemas.DogCat, Parser.Parse(document)));
    }

    [Fact]
    public void ErrorsCarryLocations()
    {
        var error = Assert.Single(DocumentValidator.Validate(HarnessSchemas.DogCat, Parser.Parse("{\n  dog { meowVolume }\n}")));
        Assert.Equal([new SourceLocation(2, 9)], error.Locations);
    }

    [Fact]
    public void ErrorsAreCappedWithAFinalNotice()
    {
        var document = "{ dog { " + string.Join(" ", Enumerable.Range(0, 150).Select(i => $"unknown{i}")) + " } }";
        var errors = DocumentValidator.Validate(HarnessSchemas.DogCat, Parser.Parse(document));
        Assert.Equal(101, errors.Count);
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", errors[^1].Message);
        Assert.Equal(5, DocumentValidator.Validate(HarnessSchemas.DogCat, Parser.Parse(document), new ValidationOptions { MaxErrors = 4 }).Count);
    }

    [Fact]
    public void FieldMergingStopsAtItsComparisonBudget()
    {
        // 1200 same-named fields are 719,400 pairs to compare: past graphql-js's budget of 500,000.
        var document = "{ dog { " + string.Join(" ", Enumerable.Repeat("name", 1200)) + " } }";
        var errors = DocumentValidator.Validate(HarnessSchemas.DogCat, Parser.Parse(document));
        Assert.Equal(["Validation aborted."], errors.Select(e => e.Message));

        var withinBudget = "{ dog { " + string.Join(" ", Enumerable.Repeat("name", 900)) + " } }";
        Assert.Empty(DocumentValidator.Validate(HarnessSchemas.DogCat, Parser.Parse(withinBudget)));
    }

    [Fact]
    public void ManyErrorsAtOnce()
    {
        const string document = """
            query Q($unused: Int, $dup: Int, $dup: Int) { dog { unknown ...Missing name: barks name } }
            fragment Unused on Dog { name }
            """;
        var messages = DocumentValidator.Validate(HarnessSchemas.DogCat, Parser.Parse(document)).Select(e => e.Message).ToList();
        Assert.Contains("Cannot query field \"unknown\" on type \"Dog\".", messages);
        Assert.Contains("Unknown fragment \"Missing\".", messages);
        Assert.Contains("Fragment \"Unused\" is never used.", messages);
        Assert.Contains("There can be only one variable named \"$dup\".", messages);
        Assert.Contains("Variable \"$unused\" is never used in operation \"Q\".", messages);
        Assert.Contains(messages, m => m.StartsWith("Fields \"name\" conflict because", StringComparison.Ordinal));
    }

    [Fact]
    public void ParallelValidationsGiveTheSameAnswersAsSequentialOnes()
    {
        // Each thread reuses its own context: results must not leak between validations.
        string[] documents =
        [
            "{ dog { name } }",
            "{ dog { meowVolume } }",
            "query Q($a: Int) { dog { ...F } } fragment F on Dog { name }",
            "{ dog { ...A } } fragment A on Dog { ...A }",
            "{ dog { name: nickname name } }",
        ];
        var parsed = documents.Select(d => Parser.Parse(d)).ToArray();
        var expected = parsed.Select(d => string.Join("|", DocumentValidator.Validate(HarnessSchemas.DogCat, d).Select(e => e.Message))).ToArray();
        var mismatches = 0;
        Parallel.For(0, 2000, i =>
        {
            var index = i % parsed.Length;
            var actual = string.Join("|", DocumentValidator.Validate(HarnessSchemas.DogCat, parsed[index]).Select(e => e.Message));
            if (actual != expected[index])
            {
                Interlocked.Increment(ref mismatches);
            }
        });
        Assert.Equal(0, mismatches);
        Assert.Equal(["", "Cannot query field \"meowVolume\" on type \"Dog\".", "Variable \"$a\" is never used in operation \"Q\"."], expected.Take(3));
    }
}
