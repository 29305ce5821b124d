using TeamGrains.GraphQL.Validation;
using TeamGrains.GraphQL.Validation.Rules;

namespace TeamGrains.GraphQL.Tests.Validation;

public sealed class ValuesOfCorrectTypeRuleTests : ValidationRuleTests
{
    protected override ValidationRule Rule { get; } = new ValuesOfCorrectTypeRule();

    [Fact]
    public void GoodLiterals() =>
        ExpectValid("{ complicatedArgs { intArgField(intArg: -2) floatArgField(floatArg: 1) idArgField(idArg: 1) stringListArgField(stringListArg: \"one\") enumArgField(enumArg: BROWN) } }");

    [Fact]
    public void FloatIntoInt() =>
        ExpectErrors(
            "{ complicatedArgs { intArgField(intArg: 2.0) } }",
            "Int cannot represent non-integer value: 2.0");

    [Fact]
    public void IntOverflow() =>
        ExpectErrors(
            "{ complicatedArgs { intArgField(intArg: 2147483648) } }",
            "Int cannot represent non 32-bit signed integer value: 2147483648");

    [Fact]
    public void UnknownEnumValue() =>
        ExpectErrors(
            "{ dog { doesKnowCommand(dogCommand: JUMP) } }",
            "Value \"JUMP\" does not exist in \"DogCommand\" enum.");

    [Fact]
    public void StringForEnum() =>
        ExpectErrors(
            "{ dog { doesKnowCommand(dogCommand: \"SIT\") } }",
            "Enum \"DogCommand\" cannot represent non-enum value: \"SIT\".");

    [Fact]
    public void NullIntoNonNull() =>
        ExpectErrors(
            "{ complicatedArgs { nonNullIntArgField(nonNullIntArg: null) } }",
            "Expected value of non-null type \"Int!\" not to be null.");

    [Fact]
    public void WrongListItem() =>
        ExpectErrors(
            "{ complicatedArgs { stringListArgField(stringListArg: [\"one\", 2]) } }",
            "String cannot represent a non string value: 2");

    [Fact]
    public void ScalarIntoInputObject() =>
        ExpectErrors(
            "{ complicatedArgs { complexArgField(complexArg: 1) } }",
            "Expected value of type \"ComplexInput\" to be an object, found: 1.");

    [Fact]
    public void BadVariableDefault() =>
        ExpectErrors(
            "query Q($a: Int = \"one\") { complicatedArgs { intArgField(intArg: $a) } }",
            "Int cannot represent non-integer value: \"one\"");

    [Fact]
    public void OneOfWithOneField() =>
        ExpectValid("{ findPet(by: { dogName: \"Rex\" }) { name } }");

    [Fact]
    public void OneOfWithTwoFields() =>
        ExpectErrors(
            "{ findPet(by: { dogName: \"Rex\", catName: \"Tom\" }) { name } }",
            "Within OneOf Input Object type \"PetByInput\", exactly one field must be specified, and the value for that field must be non-null.");

    [Fact]
    public void OneOfWithNullField() =>
        ExpectErrors(
            "{ findPet(by: { dogName: null }) { name } }",
            "Within OneOf Input Object type \"PetByInput\", exactly one field must be specified, and the value for that field must be non-null.");
}
