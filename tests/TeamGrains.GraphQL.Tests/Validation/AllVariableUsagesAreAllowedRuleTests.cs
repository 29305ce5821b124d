using TeamGrains.GraphQL.Validation;
using TeamGrains.GraphQL.Validation.Rules;

namespace TeamGrains.GraphQL.Tests.Validation;

public sealed class AllVariableUsagesAreAllowedRuleTests : ValidationRuleTests
{
    protected override ValidationRule Rule { get; } = new AllVariableUsagesAreAllowedRule();

    [Fact]
    public void NonNullIntoNullable() =>
        ExpectValid("query Q($a: Int!) { complicatedArgs { intArgField(intArg: $a) } }");

    [Fact]
    public void NullableIntoNonNull() =>
        ExpectErrors(
            "query Q($a: Int) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $a) } }",
            "Variable \"$a\" of type \"Int\" used in position expecting type \"Int!\".");

    [Fact]
    public void NullableWithDefaultIntoNonNull() =>
        ExpectValid("query Q($a: Int = 1) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $a) } }");

    [Fact]
    public void NullableIntoNonNullArgumentWithDefault() =>
        ExpectValid("query Q($a: Int) { complicatedArgs { nonNullFieldWithDefault(arg: $a) } }");

    [Fact]
    public void StringIntoList() =>
        ExpectErrors(
            "query Q($s: String) { complicatedArgs { stringListArgField(stringListArg: $s) } }",
            "Variable \"$s\" of type \"String\" used in position expecting type \"[String]\".");

    [Fact]
    public void StringInsideListLiteral() =>
        ExpectValid("query Q($s: String) { complicatedArgs { stringListArgField(stringListArg: [$s]) } }");

    [Fact]
    public void IntIntoFloatIsNotAllowed() =>
        ExpectErrors(
            "query Q($a: Int) { complicatedArgs { floatArgField(floatArg: $a) } }",
            "Variable \"$a\" of type \"Int\" used in position expecting type \"Float\".");

    [Fact]
    public void ThroughFragment() =>
        ExpectErrors(
            "query Q($c: DogCommand) { dog { ...F } } fragment F on Dog { doesKnowCommand(dogCommand: $c) }",
            "Variable \"$c\" of type \"DogCommand\" used in position expecting type \"DogCommand!\".");

    [Fact]
    public void NullableVariableInOneOf() =>
        ExpectErrors(
            "query Q($n: String) { findPet(by: { dogName: $n }) { name } }",
            "Variable \"$n\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object.");
}
