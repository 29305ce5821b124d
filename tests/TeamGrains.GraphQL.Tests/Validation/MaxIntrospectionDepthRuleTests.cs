using TeamGrains.GraphQL.Validation;
using TeamGrains.GraphQL.Validation.Rules;

namespace TeamGrains.GraphQL.Tests.Validation;

public sealed class MaxIntrospectionDepthRuleTests : ValidationRuleTests
{
    protected override ValidationRule Rule { get; } = new MaxIntrospectionDepthRule();

    [Fact]
    public void StandardDepthIsAllowed() =>
        ExpectValid("{ __schema { types { fields { type { ofType { name } } } interfaces { name } } } }");

    [Fact]
    public void TooDeep() =>
        ExpectErrors(
            "{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }",
            "Maximum introspection depth exceeded");

    [Fact]
    public void TooDeepThroughFragments() =>
        ExpectErrors(
            "{ __type(name: \"Dog\") { ...A } } fragment A on __Type { fields { type { ...B } } } fragment B on __Type { fields { type { ...C } } } fragment C on __Type { fields { name } }",
            "Maximum introspection depth exceeded");
}
