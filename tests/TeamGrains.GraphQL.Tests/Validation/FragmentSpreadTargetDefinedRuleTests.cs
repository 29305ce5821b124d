using TeamGrains.GraphQL.Validation;
using TeamGrains.GraphQL.Validation.Rules;

namespace TeamGrains.GraphQL.Tests.Validation;

public sealed class FragmentSpreadTargetDefinedRuleTests : ValidationRuleTests
{
    protected override ValidationRule Rule { get; } = new FragmentSpreadTargetDefinedRule();

    [Fact]
    public void DefinedTarget() =>
        ExpectValid("{ dog { ...A } } fragment A on Dog { name }");

    [Fact]
    public void UndefinedTarget() =>
        ExpectErrors(
            "{ dog { ...Missing } }",
            "Unknown fragment \"Missing\".");

    [Fact]
    public void UndefinedInsideFragment() =>
        ExpectErrors(
            "{ dog { ...A } } fragment A on Dog { ...Missing }",
            "Unknown fragment \"Missing\".");
}
