using TeamGrains.GraphQL.Validation;
using TeamGrains.GraphQL.Validation.Rules;

namespace TeamGrains.GraphQL.Tests.Validation;

public sealed class FieldSelectionMergingRuleTests : ValidationRuleTests
{
    protected override ValidationRule Rule { get; } = new FieldSelectionMergingRule();

    [Fact]
    public void IdenticalFieldsMerge() =>
        ExpectValid("{ dog { name name otherName: name otherName: name } }");

    [Fact]
    public void SameAliasDifferentFields() =>
        ExpectErrors(
            "{ dog { name: nickname name } }",
            "Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.");

    [Fact]
    public void DifferingArguments() =>
        ExpectErrors(
            "{ dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: HEEL) } }",
            "Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.");

    [Fact]
    public void ArgumentOrderDoesNotMatter() =>
        ExpectValid("{ dog { isAtLocation(x: 1, y: 2) isAtLocation(y: 2, x: 1) } }");

    [Fact]
    public void DisjointObjectTypesMayDiffer() =>
        ExpectValid("{ pet { ... on Dog { name: nickname } ... on Cat { name } } }");

    [Fact]
    public void DisjointTypesMustAgreeOnShape() =>
        ExpectErrors(
            "{ catOrDog { ... on Dog { v: barkVolume } ... on Cat { v: nickname } } }",
            "Fields \"v\" conflict because they return conflicting types \"Int\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.");

    [Fact]
    public void NestedConflict() =>
        ExpectErrors(
            "{ dog { owner { n: name } owner { n: iq } } }",
            "Fields \"owner\" conflict because subfields \"n\" conflict because \"name\" and \"iq\" are different fields. Use different aliases on the fields to fetch both if this was intentional.");

    [Fact]
    public void ConflictBetweenFragments() =>
        ExpectErrors(
            "{ dog { ...A ...B } } fragment A on Dog { x: name } fragment B on Dog { x: nickname }",
            "Fields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.");

    [Fact]
    public void NullabilityDifferenceConflicts() =>
        ExpectErrors(
            "{ humanOrAlien { ... on Human { x: relatives { name } } ... on Alien { x: name } } }",
            "Fields \"x\" conflict because they return conflicting types \"[Human!]!\" and \"String!\". Use different aliases on the fields to fetch both if this was intentional.");

    [Fact]
    public void CyclicFragmentsTerminate() =>
        ExpectValid("{ dog { ...A } } fragment A on Dog { name ...B } fragment B on Dog { name ...A }");
}
