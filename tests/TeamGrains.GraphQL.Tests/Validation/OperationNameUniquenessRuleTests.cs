using TeamGrains.GraphQL.Validation;
using TeamGrains.GraphQL.Validation.Rules;

namespace TeamGrains.GraphQL.Tests.Validation;

public sealed class OperationNameUniquenessRuleTests : ValidationRuleTests
{
    protected override ValidationRule Rule { get; } = new OperationNameUniquenessRule();

    [Fact]
    public void DistinctNamesAreValid() =>
        ExpectValid("query A { dog { name } } query B { cat { name } }");

    [Fact]
    public void DuplicateQueryNames() =>
        ExpectErrors(
            "query A { dog { name } } query A { cat { name } }",
            "There can be only one operation named \"A\".");

    [Fact]
    public void DuplicateAcrossOperationTypes() =>
        ExpectErrors(
            "query A { dog { name } } mutation A { mutateDog(name: \"x\") { name } }",
            "There can be only one operation named \"A\".");

    [Fact]
    public void FragmentMayShareOperationName() =>
        ExpectValid("query A { dog { ...A } } fragment A on Dog { name }");
}
