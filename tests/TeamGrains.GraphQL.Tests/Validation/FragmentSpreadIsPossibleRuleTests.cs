using TeamGrains.GraphQL.Validation;
using TeamGrains.GraphQL.Validation.Rules;

namespace TeamGrains.GraphQL.Tests.Validation;

public sealed class FragmentSpreadIsPossibleRuleTests : ValidationRuleTests
{
    protected override ValidationRule Rule { get; } = new FragmentSpreadIsPossibleRule();

    [Fact]
    public void ObjectIntoImplementedInterface() =>
        ExpectValid("{ pet { ...F } } fragment F on Dog { barks }");

    [Fact]
    public void ObjectIntoDifferentObject() =>
        ExpectErrors(
            "{ dog { ...F } } fragment F on Cat { name }",
            "Fragment \"F\" cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\".");

    [Fact]
    public void InlineIntoDifferentObject() =>
        ExpectErrors(
            "{ dog { ... on Cat { meows } } }",
            "Fragment cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\".");

    [Fact]
    public void UnionIntoOverlappingUnion() =>
        ExpectValid("{ catOrDog { ...F } } fragment F on DogOrHuman { __typename }");

    [Fact]
    public void UnionIntoDisjointUnion() =>
        ExpectErrors(
            "{ catOrDog { ...F } } fragment F on HumanOrAlien { __typename }",
            "Fragment \"F\" cannot be spread here as objects of type \"CatOrDog\" can never be of type \"HumanOrAlien\".");

    [Fact]
    public void InterfaceIntoDisjointInterface() =>
        ExpectErrors(
            "{ pet { ...F } } fragment F on Sentient { name }",
            "Fragment \"F\" cannot be spread here as objects of type \"Pet\" can never be of type \"Sentient\".");
}
