using TeamGrains.GraphQL.Language;

namespace TeamGrains.GraphQL.Validation.Rules;

/// <summary>
/// Fragment Spread Target Defined: a named spread refers to a fragment of the document.
/// https://spec.graphql.org/September2025/#sec-Fragment-Spread-Target-Defined
/// </summary>
public sealed class FragmentSpreadTargetDefinedRule : ValidationRule
{
    public override void EnterFragmentSpread(ValidationContext context, FragmentSpreadNode node)
    {
        if (context.GetFragment(node.Name) is null)
        {
            context.ReportError($"Unknown fragment \"{node.Name}\".", node);
        }
    }
}
