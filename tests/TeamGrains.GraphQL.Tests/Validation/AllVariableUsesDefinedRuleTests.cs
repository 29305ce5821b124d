using TeamGrains.GraphQL.Validation;
using TeamGrains.GraphQL.Validation.Rules;

namespace TeamGrains.GraphQL.Tests.Validation;

public sealed class AllVariableUsesDefinedRuleTests : ValidationRuleTests
{
    protected override ValidationRule Rule { get; } = new AllVariableUsesDefinedRule();

    [Fact]
    public void AllDefined() =>
        ExpectValid("query Q($a: Int) { complicatedArgs { ...F } } fragment F on ComplicatedArgs { intArgField(intArg: $a) }");

    [Fact]
    public void UndefinedInOperation() =>
        ExpectErrors(
            "query Q { complicatedArgs { intArgField(intArg: $a) } }",
            "Variable \"$a\" is not defined by operation \"Q\".");

    [Fact]
    public void UndefinedInAnonymousOperation() =>
        ExpectErrors(
            "{ dog { name @include(if: $cond) } }",
            "Variable \"$cond\" is not defined.");

    [Fact]
    public void DefinedInOnlyOneOperation() =>
        ExpectErrors(
            "query A($a: Int) { complicatedArgs { ...F } } query B { complicatedArgs { ...F } } fragment F on ComplicatedArgs { intArgField(intArg: $a) }",
            "Variable \"$a\" is not defined by operation \"B\".");
}
