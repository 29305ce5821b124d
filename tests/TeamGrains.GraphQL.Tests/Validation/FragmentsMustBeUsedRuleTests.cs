using TeamGrains.GraphQL.Validation;
using TeamGrains.GraphQL.Validation.Rules;

namespace TeamGrains.GraphQL.Tests.Validation;

public sealed class FragmentsMustBeUsedRuleTests : ValidationRuleTests
{
    protected override ValidationRule Rule { get; } = new FragmentsMustBeUsedRule();

    [Fact]
    public void AllUsed() =>
        ExpectValid("{ dog { ...A } } fragment A on Dog { name ...B } fragment B on Dog { barks }");

    [Fact]
    public void UnusedFragment() =>
        ExpectErrors(
            "{ dog { ...A } } fragment A on Dog { name } fragment B on Dog { barks }",
            "Fragment \"B\" is never used.");

    [Fact]
    public void UsedOnlyByUnusedFragment() =>
        ExpectErrors(
            "{ dog { name } } fragment A on Dog { ...B } fragment B on Dog { barks }",
            "Fragment \"A\" is never used.", "Fragment \"B\" is never used.");
}
