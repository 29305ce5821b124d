using TeamGrains.GraphQL.Validation;
using TeamGrains.GraphQL.Validation.Rules;

namespace TeamGrains.GraphQL.Tests.Validation;

public sealed class FragmentNameUniquenessRuleTests : ValidationRuleTests
{
    protected override ValidationRule Rule { get; } = new FragmentNameUniquenessRule();

    [Fact]
    public void DistinctFragments() =>
        ExpectValid("{ dog { ...A ...B } } fragment A on Dog { name } fragment B on Dog { barks }");

    [Fact]
    public void DuplicateFragments() =>
        ExpectErrors(
            "{ dog { ...A } } fragment A on Dog { name } fragment A on Dog { barks }",
            "There can be only one fragment named \"A\".");
}
