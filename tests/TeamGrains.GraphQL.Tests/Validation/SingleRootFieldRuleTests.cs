using TeamGrains.GraphQL.Validation;
using TeamGrains.GraphQL.Validation.Rules;

namespace TeamGrains.GraphQL.Tests.Validation;

public sealed class SingleRootFieldRuleTests : ValidationRuleTests
{
    protected override ValidationRule Rule { get; } = new SingleRootFieldRule();

    [Fact]
    public void OneRootField() =>
        ExpectValid("subscription S { newDog { name } }");

    [Fact]
    public void TwoRootFields() =>
        ExpectErrors(
            "subscription S { newDog { name } disallowedSecondRootField }",
            "Subscription \"S\" must select only one top level field.");

    [Fact]
    public void TwoFieldsThroughFragment() =>
        ExpectErrors(
            "subscription S { ...F } fragment F on SubscriptionRoot { newDog { name } disallowedSecondRootField }",
            "Subscription \"S\" must select only one top level field.");

    [Fact]
    public void IntrospectionRootField() =>
        ExpectErrors(
            "subscription S { __typename }",
            "Subscription \"S\" must not select an introspection top level field.");

    [Fact]
    public void SkipOnRootField() =>
        ExpectErrors(
            "subscription S($s: Boolean!) { newDog @skip(if: $s) { name } }",
            "Subscription \"S\" must not use `@skip` or `@include` directives in the top level selection.");

    [Fact]
    public void AnonymousSubscription() =>
        ExpectErrors(
            "subscription { newDog { name } disallowedSecondRootField }",
            "Anonymous Subscription must select only one top level field.");
}
