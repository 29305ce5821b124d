using TeamGrains.GraphQL.Validation;
using TeamGrains.GraphQL.Validation.Rules;

namespace TeamGrains.GraphQL.Tests.Validation;

public sealed class InputObjectFieldUniquenessRuleTests : ValidationRuleTests
{
    protected override ValidationRule Rule { get; } = new InputObjectFieldUniquenessRule();

    [Fact]
    public void DistinctInputFields() =>
        ExpectValid("{ complicatedArgs { complexArgField(complexArg: { requiredField: true, nested: { requiredField: true } }) } }");

    [Fact]
    public void DuplicateInputField() =>
        ExpectErrors(
            "{ findDog(searchBy: { name: \"Rex\", name: \"Max\" }) { name } }",
            "There can be only one input field named \"name\".");

    [Fact]
    public void TripleDuplicate() =>
        ExpectErrors(
            "{ findDog(searchBy: { name: \"a\", name: \"b\", name: \"c\" }) { name } }",
            "There can be only one input field named \"name\".", "There can be only one input field named \"name\".");
}
