using TeamGrains.GraphQL.Validation;
using TeamGrains.GraphQL.Validation.Rules;

namespace TeamGrains.GraphQL.Tests.Validation;

public sealed class ArgumentNamesRuleTests : ValidationRuleTests
{
    protected override ValidationRule Rule { get; } = new ArgumentNamesRule();

    [Fact]
    public void KnownArguments() =>
        ExpectValid("{ dog { doesKnowCommand(dogCommand: SIT) name @skip(if: true) } }");

    [Fact]
    public void UnknownFieldArgument() =>
        ExpectErrors(
            "{ dog { doesKnowCommand(command: SIT, dogCommand: SIT) } }",
            "Unknown argument \"command\" on field \"Dog.doesKnowCommand\".");

    [Fact]
    public void UnknownDirectiveArgument() =>
        ExpectErrors(
            "{ dog { name @include(iff: true, if: true) } }",
            "Unknown argument \"iff\" on directive \"@include\".");

    [Fact]
    public void ArgumentsOfUnknownFieldAreNotReported() =>
        ExpectValid("{ dog { unknownField(x: 1) } }");

    [Fact]
    public void ArgumentsOfUnknownDirectiveAreNotReported() =>
        ExpectValid("{ dog { name @unknown(x: 1) } }");
}
