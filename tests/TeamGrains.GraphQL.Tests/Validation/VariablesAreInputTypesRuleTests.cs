using TeamGrains.GraphQL.Validation;
using TeamGrains.GraphQL.Validation.Rules;

namespace TeamGrains.GraphQL.Tests.Validation;

public sealed class VariablesAreInputTypesRuleTests : ValidationRuleTests
{
    protected override ValidationRule Rule { get; } = new VariablesAreInputTypesRule();

    [Fact]
    public void InputTypes() =>
        ExpectValid("query Q($a: String, $b: [Boolean!]!, $c: ComplexInput, $d: FurColor) { dog { name } }");

    [Fact]
    public void ObjectTypeVariable() =>
        ExpectErrors(
            "query Q($a: Dog) { dog { name } }",
            "Variable \"$a\" cannot be non-input type \"Dog\".");

    [Fact]
    public void WrappedInterfaceVariable() =>
        ExpectErrors(
            "query Q($a: [[Pet!]]!) { dog { name } }",
            "Variable \"$a\" cannot be non-input type \"[[Pet!]]!\".");
}
