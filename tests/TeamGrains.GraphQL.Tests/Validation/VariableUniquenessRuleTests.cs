using TeamGrains.GraphQL.Validation;
using TeamGrains.GraphQL.Validation.Rules;

namespace TeamGrains.GraphQL.Tests.Validation;

public sealed class VariableUniquenessRuleTests : ValidationRuleTests
{
    protected override ValidationRule Rule { get; } = new VariableUniquenessRule();

    [Fact]
    public void UniqueVariables() =>
        ExpectValid("query Q($a: Int, $b: Int) { dog { name } }");

    [Fact]
    public void DuplicateVariable() =>
        ExpectErrors(
            "query Q($a: Int, $a: Int) { dog { name } }",
            "There can be only one variable named \"$a\".");

    [Fact]
    public void TripleDuplicateReportedOnce() =>
        ExpectErrors(
            "query Q($a: Int, $a: String, $a: Boolean) { dog { name } }",
            "There can be only one variable named \"$a\".");
}
