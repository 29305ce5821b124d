using TeamGrains.GraphQL.Validation;
using TeamGrains.GraphQL.Validation.Rules;

namespace TeamGrains.GraphQL.Tests.Validation;

public sealed class RequiredArgumentsRuleTests : ValidationRuleTests
{
    protected override ValidationRule Rule { get; } = new RequiredArgumentsRule();

    [Fact]
    public void ProvidedRequiredArgument() =>
        ExpectValid("{ dog { doesKnowCommand(dogCommand: SIT) } }");

    [Fact]
    public void MissingRequiredArgument() =>
        ExpectErrors(
            "{ dog { doesKnowCommand } }",
            "Argument \"Dog.doesKnowCommand(dogCommand:)\" of type \"DogCommand!\" is required, but it was not provided.");

    [Fact]
    public void NonNullWithDefaultMayBeOmitted() =>
        ExpectValid("{ complicatedArgs { nonNullFieldWithDefault } }");

    [Fact]
    public void MissingDirectiveArgument() =>
        ExpectErrors(
            "{ dog { name @include } }",
            "Argument \"@include(if:)\" of type \"Boolean!\" is required, but it was not provided.");

    [Fact]
    public void BothMissing() =>
        ExpectErrors(
            "{ complicatedArgs { multipleReqs } }",
            "Argument \"ComplicatedArgs.multipleReqs(req1:)\" of type \"Int!\" is required, but it was not provided.", "Argument \"ComplicatedArgs.multipleReqs(req2:)\" of type \"Int!\" is required, but it was not provided.");
}
