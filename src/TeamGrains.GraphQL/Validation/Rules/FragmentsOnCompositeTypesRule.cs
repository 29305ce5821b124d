using TeamGrains.GraphQL.Language;

namespace TeamGrains.GraphQL.Validation.Rules;

/// <summary>
/// Fragments On Composite Types: fragments condition on object, interface or union types only.
/// https://spec.graphql.org/September2025/#sec-Fragments-On-Composite-Types
/// </summary>
public sealed class FragmentsOnCompositeTypesRule : ValidationRule
{
    public override void EnterFragmentDefinition(ValidationContext context, FragmentDefinitionNode node)
    {
        if (context.Schema.GetType(node.TypeCondition.Name) is { } type && !TypeFacts.IsCompositeType(type))
        {
            context.ReportError($"Fragment \"{node.Name}\" cannot condition on non composite type \"{type.Name}\".", node.TypeCondition);
        }
    }

    public override void EnterInlineFragment(ValidationContext context, InlineFragmentNode node)
    {
        if (node.TypeCondition is { } condition
            && context.Schema.GetType(condition.Name) is { } type
            && !TypeFacts.IsCompositeType(type))
        {
            context.ReportError($"Fragment cannot condition on non composite type \"{type.Name}\".", condition);
        }
    }
}
