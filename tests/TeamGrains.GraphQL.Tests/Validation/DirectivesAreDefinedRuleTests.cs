using TeamGrains.GraphQL.Validation;
using TeamGrains.GraphQL.Validation.Rules;

namespace TeamGrains.GraphQL.Tests.Validation;

public sealed class DirectivesAreDefinedRuleTests : ValidationRuleTests
{
    protected override ValidationRule Rule { get; } = new DirectivesAreDefinedRule();

    [Fact]
    public void KnownDirectives() =>
        ExpectValid("{ dog { name @include(if: true) barks @skip(if: false) } }");

    [Fact]
    public void UnknownDirective() =>
        ExpectErrors(
            "{ dog { name @unknown } }",
            "Unknown directive \"@unknown\".");
}
