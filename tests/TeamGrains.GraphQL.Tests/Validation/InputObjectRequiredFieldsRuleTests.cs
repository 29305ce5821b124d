using TeamGrains.GraphQL.Validation;
using TeamGrains.GraphQL.Validation.Rules;

namespace TeamGrains.GraphQL.Tests.Validation;

public sealed class InputObjectRequiredFieldsRuleTests : ValidationRuleTests
{
    protected override ValidationRule Rule { get; } = new InputObjectRequiredFieldsRule();

    [Fact]
    public void RequiredFieldGiven() =>
        ExpectValid("{ complicatedArgs { complexArgField(complexArg: { requiredField: false }) } }");

    [Fact]
    public void RequiredFieldMissing() =>
        ExpectErrors(
            "{ complicatedArgs { complexArgField(complexArg: { intField: 4 }) } }",
            "Expected value of type \"ComplexInput\" to include required field \"requiredField\", found: { intField: 4 }.");

    [Fact]
    public void RequiredFieldMissingInVariableDefault() =>
        ExpectErrors(
            "query Q($c: ComplexInput = { intField: 3 }) { complicatedArgs { complexArgField(complexArg: $c) } }",
            "Expected value of type \"ComplexInput\" to include required field \"requiredField\", found: { intField: 3 }.");
}
