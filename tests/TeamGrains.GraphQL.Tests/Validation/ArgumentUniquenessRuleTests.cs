using TeamGrains.GraphQL.Validation;
using TeamGrains.GraphQL.Validation.Rules;

namespace TeamGrains.GraphQL.Tests.Validation;

public sealed class ArgumentUniquenessRuleTests : ValidationRuleTests
{
    protected override ValidationRule Rule { get; } = new ArgumentUniquenessRule();

    [Fact]
    public void DistinctArguments() =>
        ExpectValid("{ complicatedArgs { multipleReqs(req1: 1, req2: 2) } }");

    [Fact]
    public void DuplicateFieldArgument() =>
        ExpectErrors(
            "{ complicatedArgs { multipleReqs(req1: 1, req1: 2, req2: 3) } }",
            "There can be only one argument named \"req1\".");

    [Fact]
    public void TripleDuplicateReportedOnce() =>
        ExpectErrors(
            "{ complicatedArgs { intArgField(intArg: 1, intArg: 2, intArg: 3) } }",
            "There can be only one argument named \"intArg\".");

    [Fact]
    public void DuplicateDirectiveArgument() =>
        ExpectErrors(
            "{ dog { name @skip(if: true, if: false) } }",
            "There can be only one argument named \"if\".");
}
