using TeamGrains.GraphQL.Language;

namespace TeamGrains.GraphQL.Execution;

/// <summary>
/// When introspection is disabled, a document selecting __schema or __type anywhere is refused before
/// execution (like graphql-js NoSchemaIntrospectionCustomRule); __typename stays allowed.
/// </summary>
internal static class IntrospectionGuard
{
    public const string ErrorCode = "INTROSPECTION_DISABLED";

    public static FieldNode? FindSchemaIntrospection(DocumentNode document)
    {
        foreach (var definition in document.Definitions)
        {
            var selectionSet = definition switch
            {
                OperationDefinitionNode operation => operation.SelectionSet,
                FragmentDefinitionNode fragment => fragment.SelectionSet,
                _ => null,
            };
            if (selectionSet is not null && Find(selectionSet) is { } field)
            {
                return field;
            }
        }

        return null;
    }

    private static FieldNode? Find(SelectionSetNode selectionSet)
    {
        foreach (var selection in selectionSet.Selections)
        {
            var found = selection switch
            {
                FieldNode { Name: "__schema" or "__type" } field => field,
                FieldNode { SelectionSet: { } inner } => Find(inner),
                InlineFragmentNode inline => Find(inline.SelectionSet),
                _ => null,
            };
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }
}
