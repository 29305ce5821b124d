using TeamGrains.GraphQL.Language;

namespace TeamGrains.GraphQL.Validation.Rules;

/// <summary>
/// Fragment Spread Type Existence: the type condition of a fragment or inline fragment names a type
/// of the schema.
/// https://spec.graphql.org/September2025/#sec-Fragment-Spread-Type-Existence
/// </summary>
public sealed class FragmentSpreadTypeExistenceRule : ValidationRule
{
    public override void EnterFragmentDefinition(ValidationContext context, FragmentDefinitionNode node) =>
        Check(context, node.TypeCondition);

    public override void EnterInlineFragment(ValidationContext context, InlineFragmentNode node)
    {
        if (node.TypeCondition is { } typeCondition)
        {
            Check(context, typeCondition);
        }
    }

    private static void Check(ValidationContext context, NamedTypeNode typeCondition)
    {
        if (context.Schema.GetType(typeCondition.Name) is null)
        {
            context.ReportError($"Unknown type \"{typeCondition.Name}\".", typeCondition);
        }
    }
}
