using TeamGrains.GraphQL.Validation;
using TeamGrains.GraphQL.Validation.Rules;

namespace TeamGrains.GraphQL.Tests.Validation;

public sealed class LoneAnonymousOperationRuleTests : ValidationRuleTests
{
    protected override ValidationRule Rule { get; } = new LoneAnonymousOperationRule();

    [Fact]
    public void SingleAnonymousOperation() =>
        ExpectValid("{ dog { name } }");

    [Fact]
    public void AnonymousWithNamed() =>
        ExpectErrors(
            "{ dog { name } } query Named { cat { name } }",
            "This anonymous operation must be the only defined operation.");

    [Fact]
    public void TwoAnonymousOperations() =>
        ExpectErrors(
            "{ dog { name } } { cat { name } }",
            "This anonymous operation must be the only defined operation.", "This anonymous operation must be the only defined operation.");
}
