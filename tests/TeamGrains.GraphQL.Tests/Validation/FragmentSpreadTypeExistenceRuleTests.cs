using TeamGrains.GraphQL.Validation;
using TeamGrains.GraphQL.Validation.Rules;

namespace TeamGrains.GraphQL.Tests.Validation;

public sealed class FragmentSpreadTypeExistenceRuleTests : ValidationRuleTests
{
    protected override ValidationRule Rule { get; } = new FragmentSpreadTypeExistenceRule();

    [Fact]
    public void KnownTypeConditions() =>
        ExpectValid("{ dog { ...A ... on Dog { barks } ... { name } } } fragment A on Dog { name }");

    [Fact]
    public void UnknownFragmentType() =>
        ExpectErrors(
            "{ dog { ...A } } fragment A on NotInSchema { name }",
            "Unknown type \"NotInSchema\".");

    [Fact]
    public void UnknownInlineFragmentType() =>
        ExpectErrors(
            "{ dog { ... on NotInSchema { name } } }",
            "Unknown type \"NotInSchema\".");
}
