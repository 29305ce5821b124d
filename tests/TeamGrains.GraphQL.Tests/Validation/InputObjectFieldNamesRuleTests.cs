using TeamGrains.GraphQL.Validation;
using TeamGrains.GraphQL.Validation.Rules;

namespace TeamGrains.GraphQL.Tests.Validation;

public sealed class InputObjectFieldNamesRuleTests : ValidationRuleTests
{
    protected override ValidationRule Rule { get; } = new InputObjectFieldNamesRule();

    [Fact]
    public void KnownInputFields() =>
        ExpectValid("{ findDog(searchBy: { name: \"Rex\", owner: \"Ann\" }) { name } }");

    [Fact]
    public void UnknownInputField() =>
        ExpectErrors(
            "{ findDog(searchBy: { favoriteCookieFlavor: \"Bacon\" }) { name } }",
            "Expected value of type \"FindDogInput\" not to include unknown field \"favoriteCookieFlavor\", found: { favoriteCookieFlavor: \"Bacon\" }.");

    [Fact]
    public void UnknownNestedField() =>
        ExpectErrors(
            "{ complicatedArgs { complexArgField(complexArg: { requiredField: true, nested: { requiredField: true, nope: 1 } }) } }",
            "Expected value of type \"ComplexInput\" not to include unknown field \"nope\", found: { requiredField: true, nope: 1 }.");
}
