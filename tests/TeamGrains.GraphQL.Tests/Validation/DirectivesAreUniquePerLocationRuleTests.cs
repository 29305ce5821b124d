using TeamGrains.GraphQL.Validation;
using TeamGrains.GraphQL.Validation.Rules;

namespace TeamGrains.GraphQL.Tests.Validation;

public sealed class DirectivesAreUniquePerLocationRuleTests : ValidationRuleTests
{
    protected override ValidationRule Rule { get; } = new DirectivesAreUniquePerLocationRule();

    [Fact]
    public void DistinctDirectives() =>
        ExpectValid("{ dog { name @skip(if: false) @include(if: true) } }");

    [Fact]
    public void DuplicateSkip() =>
        ExpectErrors(
            "{ dog { name @skip(if: true) @skip(if: false) } }",
            "The directive \"@skip\" can only be used once at this location.");

    [Fact]
    public void RepeatableMayRepeat() =>
        ExpectValid("{ dog { name @repeatable @repeatable(tag: \"b\") } }");

    [Fact]
    public void UnknownDuplicatesAreNotReported() =>
        ExpectValid("{ dog { name @unknown @unknown } }");
}
