using TeamGrains.GraphQL.Validation;
using TeamGrains.GraphQL.Validation.Rules;

namespace TeamGrains.GraphQL.Tests.Validation;

public sealed class DirectivesAreInValidLocationsRuleTests : ValidationRuleTests
{
    protected override ValidationRule Rule { get; } = new DirectivesAreInValidLocationsRule();

    [Fact]
    public void ValidLocations() =>
        ExpectValid("query Q($x: Int @onVariableDefinition) @onQuery { dog { ...F @onFragmentSpread ... @onInlineFragment { name } } } fragment F on Dog @onFragmentDefinition { name }");

    [Fact]
    public void IncludeOnQuery() =>
        ExpectErrors(
            "query Q @include(if: true) { dog { name } }",
            "Directive \"@include\" may not be used on QUERY.");

    [Fact]
    public void FieldDirectiveOnSpread() =>
        ExpectErrors(
            "{ dog { ...F @onField } } fragment F on Dog { name }",
            "Directive \"@onField\" may not be used on FRAGMENT_SPREAD.");

    [Fact]
    public void DeprecatedIsNotExecutable() =>
        ExpectErrors(
            "{ dog { name @deprecated } }",
            "Directive \"@deprecated\" may not be used on FIELD.");
}
