using TeamGrains.GraphQL.Validation;
using TeamGrains.GraphQL.Validation.Rules;

namespace TeamGrains.GraphQL.Tests.Validation;

public sealed class FieldsOnCorrectTypeRuleTests : ValidationRuleTests
{
    protected override ValidationRule Rule { get; } = new FieldsOnCorrectTypeRule();

    [Fact]
    public void KnownFields() =>
        ExpectValid("{ dog { name nickname __typename } pet { name } }");

    [Fact]
    public void UnknownField() =>
        ExpectErrors(
            "{ dog { meowVolume } }",
            "Cannot query field \"meowVolume\" on type \"Dog\".");

    [Fact]
    public void ObjectFieldOnInterface() =>
        ExpectErrors(
            "{ pet { nickname } }",
            "Cannot query field \"nickname\" on type \"Pet\".");

    [Fact]
    public void DirectFieldOnUnion() =>
        ExpectErrors(
            "{ catOrDog { name } }",
            "Cannot query field \"name\" on type \"CatOrDog\".");

    [Fact]
    public void TypenameOnUnion() =>
        ExpectValid("{ catOrDog { __typename } }");

    [Fact]
    public void SchemaOnlyAtQueryRoot() =>
        ExpectErrors(
            "{ dog { __schema { types { name } } } }",
            "Cannot query field \"__schema\" on type \"Dog\".");

    [Fact]
    public void UnknownFieldsUnderUnknownFieldAreNotReported() =>
        ExpectErrors(
            "{ dog { unknown { alsoUnknown } } }",
            "Cannot query field \"unknown\" on type \"Dog\".");
}
