using TeamGrains.GraphQL.Language;

namespace TeamGrains.GraphQL.Validation.Rules;

/// <summary>
/// Not a spec rule but one of graphql-js's specified rules (kept for agreement with it): an
/// introspection query may nest the list fields fields/interfaces/possibleTypes/inputFields at most
/// twice, which the standard introspection query respects and which stops introspection documents
/// that cost exponential time to answer.
/// </summary>
public sealed class MaxIntrospectionDepthRule : ValidationRule
{
    private const int MaxListsDepth = 3;

    public override void EnterField(ValidationContext context, FieldNode node)
    {
        if (node.Name is not ("__schema" or "__type"))
        {
            return;
        }

        var visited = new Dictionary<string, int>(StringComparer.Ordinal);
        if (Exceeds(context, node.SelectionSet, visited, 0))
        {
            context.ReportError("Maximum introspection depth exceeded", node);
        }
    }

    private static bool Exceeds(ValidationContext context, SelectionSetNode? selectionSet, Dictionary<string, int> visited, int depth)
    {
        if (selectionSet is null)
        {
            return false;
        }

        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    var fieldDepth = field.Name is "fields" or "interfaces" or "possibleTypes" or "inputFields" ? depth + 1 : depth;
                    if (fieldDepth >= MaxListsDepth || Exceeds(context, field.SelectionSet, visited, fieldDepth))
                    {
                        return true;
                    }

                    break;
                case InlineFragmentNode inline:
                    if (Exceeds(context, inline.SelectionSet, visited, depth))
                    {
                        return true;
                    }

                    break;
                case FragmentSpreadNode spread:
                    // A fragment already checked at this depth or deeper cannot exceed now (also ends cycles).
                    if (visited.TryGetValue(spread.Name, out var seenDepth) && seenDepth >= depth)
                    {
                        break;
                    }

                    visited[spread.Name] = depth;
                    if (context.GetFragment(spread.Name) is { } fragment && Exceeds(context, fragment.SelectionSet, visited, depth))
                    {
                        return true;
                    }

                    break;
            }
        }

        return false;
    }
}
