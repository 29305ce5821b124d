using TeamGrains.GraphQL.Language;

namespace TeamGrains.GraphQL.Validation.Rules;

/// <summary>
/// Fragment Spread Is Possible: a fragment is spread only where some object could satisfy both the
/// enclosing type and the fragment's type condition (their possible types intersect).
/// https://spec.graphql.org/September2025/#sec-Fragment-Spread-Is-Possible
/// </summary>
public sealed class FragmentSpreadIsPossibleRule : ValidationRule
{
    public override void EnterInlineFragment(ValidationContext context, InlineFragmentNode node)
    {
        // TypeInfo has entered the fragment: Type is its condition, ParentType the enclosing type.
        var fragmentType = TypeFacts.GetNamedType(context.TypeInfo.Type);
        var parentType = context.TypeInfo.ParentType;
        if (node.TypeCondition is not null && IsImpossible(context, fragmentType, parentType))
        {
            context.ReportError(
                $"Fragment cannot be spread here as objects of type \"{parentType!.Name}\" can never be of type \"{fragmentType!.Name}\".",
                node);
        }
    }

    public override void EnterFragmentSpread(ValidationContext context, FragmentSpreadNode node)
    {
        if (context.GetFragment(node.Name) is not { } fragment)
        {
            return;
        }

        var fragmentType = context.Schema.GetType(fragment.TypeCondition.Name);
        var parentType = context.TypeInfo.ParentType;
        if (IsImpossible(context, fragmentType, parentType))
        {
            context.ReportError(
                $"Fragment \"{node.Name}\" cannot be spread here as objects of type \"{parentType!.Name}\" can never be of type \"{fragmentType!.Name}\".",
                node);
        }
    }

    private static bool IsImpossible(ValidationContext context, Types.NamedType? fragmentType, Types.NamedType? parentType) =>
        TypeFacts.IsCompositeType(fragmentType)
        && TypeFacts.IsCompositeType(parentType)
        && !context.Schema.DoTypesOverlap(fragmentType!, parentType!);
}
