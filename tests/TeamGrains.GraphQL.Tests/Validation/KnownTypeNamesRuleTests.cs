using TeamGrains.GraphQL.Validation;
using TeamGrains.GraphQL.Validation.Rules;

namespace TeamGrains.GraphQL.Tests.Validation;

public sealed class KnownTypeNamesRuleTests : ValidationRuleTests
{
    protected override ValidationRule Rule { get; } = new KnownTypeNamesRule();

    [Fact]
    public void KnownVariableTypes() =>
        ExpectValid("query Q($a: String, $b: [ComplexInput!]) { dog { name } }");

    [Fact]
    public void UnknownVariableType() =>
        ExpectErrors(
            "query Q($a: [Unknown!]!) { dog { name } }",
            "Unknown type \"Unknown\".");
}
