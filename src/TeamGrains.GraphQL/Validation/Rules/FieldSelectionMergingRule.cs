using TeamGrains.GraphQL.Language;

namespace TeamGrains.GraphQL.Validation.Rules;

/// <summary>
/// Field Selection Merging: fields with the same response name in one selection (fragments
/// expanded) can be merged — same field and arguments unless their parents can never be the same
/// object, and always shapes that agree (FieldsInSetCanMerge, SameResponseShape).
/// The search itself is <see cref="FieldConflictFinder"/> (graphql-js OverlappingFieldsCanBeMerged).
/// https://spec.graphql.org/September2025/#sec-Field-Selection-Merging
/// </summary>
public sealed class FieldSelectionMergingRule : ValidationRule
{
    public override void EnterSelectionSet(ValidationContext context, SelectionSetNode node)
    {
        if (!MayConflict(node))
        {
            return;
        }

        var finder = context.FieldConflictFinder ??= new FieldConflictFinder(context);
        List<Conflict> conflicts;
        try
        {
            conflicts = finder.FindConflictsWithin(context.TypeInfo.ParentType, node);
        }
        catch (FieldConflictFinder.BudgetExhaustedException)
        {
            context.Abort("Validation aborted.");
            return;
        }

        foreach (var conflict in conflicts)
        {
            var nodes = new SyntaxNode[conflict.Fields1.Count + conflict.Fields2.Count];
            var i = 0;
            foreach (var field in conflict.Fields1)
            {
                nodes[i++] = field;
            }

            foreach (var field in conflict.Fields2)
            {
                nodes[i++] = field;
            }

            context.ReportError(
                $"Fields \"{conflict.ResponseName}\" conflict because {conflict.Reason}. Use different aliases on the fields to fetch both if this was intentional.",
                nodes);
        }
    }

    /// <summary>
    /// A lone selection, or only fields with distinct response names: nothing at this level can
    /// conflict (a lone fragment's or inline fragment's own fields are compared when the walk reaches
    /// its selection set). Spares the common cases any allocation.
    /// </summary>
    private static bool MayConflict(SelectionSetNode node)
    {
        var selections = node.Selections;
        if (selections.Count == 1)
        {
            return false;
        }

        if (selections.Count > 16)
        {
            // The pairwise scan below is quadratic; large sets go to the finder, which uses maps.
            return true;
        }

        for (var i = 0; i < selections.Count; i++)
        {
            if (selections[i] is not FieldNode field)
            {
                return true;
            }

            var key = field.Alias ?? field.Name;
            for (var j = 0; j < i; j++)
            {
                var other = (FieldNode)selections[j];
                if ((other.Alias ?? other.Name) == key)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
