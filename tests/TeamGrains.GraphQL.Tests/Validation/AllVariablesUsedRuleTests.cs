using TeamGrains.GraphQL.Validation;
using TeamGrains.GraphQL.Validation.Rules;

namespace TeamGrains.GraphQL.Tests.Validation;

public sealed class AllVariablesUsedRuleTests : ValidationRuleTests
{
    protected override ValidationRule Rule { get; } = new AllVariablesUsedRule();

    [Fact]
    public void AllUsed() =>
        ExpectValid("query Q($a: Int, $c: Boolean!) { complicatedArgs { ...F } dog { name @skip(if: $c) } } fragment F on ComplicatedArgs { intArgField(intArg: $a) }");

    [Fact]
    public void UnusedVariable() =>
        ExpectErrors(
            "query Q($a: Int, $unused: String) { complicatedArgs { intArgField(intArg: $a) } }",
            "Variable \"$unused\" is never used in operation \"Q\".");

    [Fact]
    public void UnusedInAnonymousOperation() =>
        ExpectErrors(
            "query ($unused: String) { dog { name } }",
            "Variable \"$unused\" is never used.");

    [Fact]
    public void UseInUnusedFragmentDoesNotCount() =>
        ExpectErrors(
            "query Q($a: Int) { dog { name } } fragment F on ComplicatedArgs { intArgField(intArg: $a) }",
            "Variable \"$a\" is never used in operation \"Q\".");
}
