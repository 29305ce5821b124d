using TeamGrains.GraphQL.Validation;
using TeamGrains.GraphQL.Validation.Rules;

namespace TeamGrains.GraphQL.Tests.Validation;

public sealed class FragmentSpreadsMustNotFormCyclesRuleTests : ValidationRuleTests
{
    protected override ValidationRule Rule { get; } = new FragmentSpreadsMustNotFormCyclesRule();

    [Fact]
    public void NoCycle() =>
        ExpectValid("{ dog { ...A } } fragment A on Dog { ...B ...B } fragment B on Dog { name }");

    [Fact]
    public void SelfSpread() =>
        ExpectErrors(
            "{ dog { ...A } } fragment A on Dog { ...A }",
            "Cannot spread fragment \"A\" within itself.");

    [Fact]
    public void TwoFragmentCycle() =>
        ExpectErrors(
            "{ dog { ...A } } fragment A on Dog { ...B } fragment B on Dog { ...A }",
            "Cannot spread fragment \"A\" within itself via \"B\".");

    [Fact]
    public void CycleThroughNestedSelection() =>
        ExpectErrors(
            "{ dog { ...A } } fragment A on Dog { mother { ...A } }",
            "Cannot spread fragment \"A\" within itself.");

    [Fact]
    public void CycleWithTail() =>
        ExpectErrors(
            "{ dog { ...A } } fragment A on Dog { ...B } fragment B on Dog { ...C } fragment C on Dog { ...B }",
            "Cannot spread fragment \"B\" within itself via \"C\".");
}
