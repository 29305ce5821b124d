using TeamGrains.GraphQL.Validation;
using TeamGrains.GraphQL.Validation.Rules;

namespace TeamGrains.GraphQL.Tests.Validation;

public sealed class LeafFieldSelectionsRuleTests : ValidationRuleTests
{
    protected override ValidationRule Rule { get; } = new LeafFieldSelectionsRule();

    [Fact]
    public void ScalarWithoutSelection() =>
        ExpectValid("{ dog { barks } }");

    [Fact]
    public void ScalarWithSelection() =>
        ExpectErrors(
            "{ dog { barks { since } } }",
            "Field \"barks\" must not have a selection since type \"Boolean\" has no subfields.");

    [Fact]
    public void ObjectWithoutSelection() =>
        ExpectErrors(
            "{ dog }",
            "Field \"dog\" of type \"Dog\" must have a selection of subfields. Did you mean \"dog { ... }\"?");

    [Fact]
    public void ListOfInterfacesWithoutSelection() =>
        ExpectErrors(
            "{ human { pets } }",
            "Field \"pets\" of type \"[Pet!]\" must have a selection of subfields. Did you mean \"pets { ... }\"?");

    [Fact]
    public void EnumWithSelection() =>
        ExpectErrors(
            "{ cat { furColor { name } } }",
            "Field \"furColor\" must not have a selection since type \"FurColor\" has no subfields.");
}
