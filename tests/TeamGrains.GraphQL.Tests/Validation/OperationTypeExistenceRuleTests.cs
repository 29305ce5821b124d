using TeamGrains.GraphQL.Validation;
using TeamGrains.GraphQL.Validation.Rules;

namespace TeamGrains.GraphQL.Tests.Validation;

public sealed class OperationTypeExistenceRuleTests : ValidationRuleTests
{
    protected override ValidationRule Rule { get; } = new OperationTypeExistenceRule();

    [Fact]
    public void QueryMutationSubscriptionExist() =>
        ExpectValid("query A { dog { name } } mutation B { mutateDog(name: \"x\") { name } } subscription C { newDog { name } }");
}
