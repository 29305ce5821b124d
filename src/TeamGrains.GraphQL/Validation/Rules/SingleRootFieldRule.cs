using TeamGrains.GraphQL.Language;

namespace TeamGrains.GraphQL.Validation.Rules;

/// <summary>
/// Single Root Field: a subscription selects exactly one root field (fragments expanded), which is
/// not an introspection field, and its top-level selection uses no @skip/@include (the stream
/// could not be set up if the field depended on variables).
/// https://spec.graphql.org/September2025/#sec-Single-Root-Field
/// </summary>
public sealed class SingleRootFieldRule : ValidationRule
{
    public override void EnterOperationDefinition(ValidationContext context, OperationDefinitionNode node)
    {
        if (node.Operation != OperationType.Subscription || context.TypeInfo.Type is null)
        {
            return;
        }

        var subject = node.Name is { } name ? $"Subscription \"{name}\"" : "Anonymous Subscription";
        var responseKeys = new List<string>();
        var fieldNodes = new List<FieldNode>();
        var visitedFragments = new HashSet<string>(StringComparer.Ordinal);
        var usesConditionalDirective = false;
        Collect(context, node.SelectionSet, responseKeys, fieldNodes, visitedFragments, ref usesConditionalDirective);

        if (usesConditionalDirective)
        {
            context.ReportError($"{subject} must not use `@skip` or `@include` directives in the top level selection.", node);
        }

        if (responseKeys.Count > 1)
        {
            context.ReportError($"{subject} must select only one top level field.", [.. fieldNodes.Skip(1)]);
        }

        foreach (var field in fieldNodes)
        {
            if (field.Name.StartsWith("__", StringComparison.Ordinal))
            {
                context.ReportError($"{subject} must not select an introspection top level field.", field);
            }
        }
    }

    /// <summary>CollectFields over the root selection set, without evaluating @skip/@include.</summary>
    private static void Collect(
        ValidationContext context,
        SelectionSetNode selectionSet,
        List<string> responseKeys,
        List<FieldNode> fieldNodes,
        HashSet<string> visitedFragments,
        ref bool usesConditionalDirective)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    usesConditionalDirective |= HasConditionalDirective(field.Directives);
                    var key = field.Alias ?? field.Name;
                    if (!responseKeys.Contains(key))
                    {
                        responseKeys.Add(key);
                        fieldNodes.Add(field);
                    }

                    break;
                case InlineFragmentNode inline:
                    usesConditionalDirective |= HasConditionalDirective(inline.Directives);
                    Collect(context, inline.SelectionSet, responseKeys, fieldNodes, visitedFragments, ref usesConditionalDirective);
                    break;
                case FragmentSpreadNode spread:
                    usesConditionalDirective |= HasConditionalDirective(spread.Directives);
                    if (visitedFragments.Add(spread.Name) && context.GetFragment(spread.Name) is { } fragment)
                    {
                        Collect(context, fragment.SelectionSet, responseKeys, fieldNodes, visitedFragments, ref usesConditionalDirective);
                    }

                    break;
            }
        }
    }

    private static bool HasConditionalDirective(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            if (directive.Name is "skip" or "include")
            {
                return true;
            }
        }

        return false;
    }
}
