using TeamGrains.GraphQL.Validation;
using TeamGrains.GraphQL.Validation.Rules;

namespace TeamGrains.GraphQL.Tests.Validation;

public sealed class FragmentsOnCompositeTypesRuleTests : ValidationRuleTests
{
    protected override ValidationRule Rule { get; } = new FragmentsOnCompositeTypesRule();

    [Fact]
    public void ObjectInterfaceUnion() =>
        ExpectValid("{ dog { ...A } pet { ...B } catOrDog { ...C } } fragment A on Dog { name } fragment B on Pet { name } fragment C on CatOrDog { __typename }");

    [Fact]
    public void FragmentOnScalar() =>
        ExpectErrors(
            "{ dog { ...F } } fragment F on Boolean { x }",
            "Fragment \"F\" cannot condition on non composite type \"Boolean\".");

    [Fact]
    public void InlineFragmentOnEnum() =>
        ExpectErrors(
            "{ cat { ... on FurColor { x } } }",
            "Fragment cannot condition on non composite type \"FurColor\".");

    [Fact]
    public void FragmentOnInputObject() =>
        ExpectErrors(
            "{ dog { ...F } } fragment F on ComplexInput { requiredField }",
            "Fragment \"F\" cannot condition on non composite type \"ComplexInput\".");
}
