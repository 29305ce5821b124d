using TeamGrains.GraphQL.Language;

namespace TeamGrains.GraphQL.Validation.Rules;

/// <summary>
/// Fragment Spreads Must Not Form Cycles: following spreads from a fragment never
/// leads back to it, otherwise collecting fields would not terminate. Each cycle is reported once:
/// a depth-first search over the spread graph, like graphql-js, marks fragments as it finishes them.
/// https://spec.graphql.org/September2025/#sec-Fragment-Spreads-Must-Not-Form-Cycles
/// </summary>
public sealed class FragmentSpreadsMustNotFormCyclesRule : ValidationRule
{
    public override void LeaveDocument(ValidationContext context, DocumentNode node)
    {
        if (context.FragmentCount == 0)
        {
            return;
        }

        var visited = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<FragmentSpreadNode>();
        var pathIndexByName = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var definition in node.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                DetectCycles(context, fragment, visited, path, pathIndexByName);
            }
        }
    }

    private static void DetectCycles(
        ValidationContext context,
        FragmentDefinitionNode fragment,
        HashSet<string> visited,
        List<FragmentSpreadNode> path,
        Dictionary<string, int> pathIndexByName)
    {
        if (!visited.Add(fragment.Name))
        {
            return;
        }

        var spreads = context.GetFragmentSpreads(fragment);
        if (spreads.Count == 0)
        {
            return;
        }

        pathIndexByName[fragment.Name] = path.Count;
        foreach (var spread in spreads)
        {
            if (!pathIndexByName.TryGetValue(spread.Name, out var cycleStart))
            {
                path.Add(spread);
                if (context.GetFragment(spread.Name) is { } target)
                {
                    DetectCycles(context, target, visited, path, pathIndexByName);
                }

                path.RemoveAt(path.Count - 1);
                continue;
            }

            var cyclePath = path.GetRange(cycleStart, path.Count - cycleStart);
            var via = cyclePath.Count == 0
                ? string.Empty
                : " via " + string.Join(", ", cyclePath.Select(s => $"\"{s.Name}\""));
            var nodes = new SyntaxNode[cyclePath.Count + 1];
            for (var i = 0; i < cyclePath.Count; i++)
            {
                nodes[i] = cyclePath[i];
            }

            nodes[^1] = spread;
            context.ReportError($"Cannot spread fragment \"{spread.Name}\" within itself{via}.", nodes);
        }

        pathIndexByName.Remove(fragment.Name);
    }
}
