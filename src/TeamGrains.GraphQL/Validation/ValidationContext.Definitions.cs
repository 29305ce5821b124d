using TeamGrains.GraphQL.Language;

namespace TeamGrains.GraphQL.Validation;

/// <summary>Facts about operations and fragments, gathered during the walk and memoized.</summary>
public sealed partial class ValidationContext
{
    private static readonly IReadOnlyList<FragmentSpreadNode> NoSpreads = [];
    private static readonly IReadOnlyList<VariableUsage> NoUsages = [];
    private static readonly List<FragmentDefinitionNode> NoFragments = [];

    /// <summary>The spreads written directly in the definition (not through other fragments).</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(ExecutableDefinitionNode definition) =>
        _facts.TryGetValue(definition, out var facts) ? facts.Spreads : NoSpreads;

    /// <summary>Every defined fragment reachable from the definition through spreads, each once.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(ExecutableDefinitionNode definition)
    {
        if (!_facts.TryGetValue(definition, out var facts) || facts.Spreads.Count == 0)
        {
            return NoFragments;
        }

        if (facts.RecursiveFragments is { } known)
        {
            return known;
        }

        var fragments = new List<FragmentDefinitionNode>();
        var collected = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<FragmentSpreadNode>(facts.Spreads);
        while (pending.TryPop(out var spread))
        {
            if (collected.Add(spread.Name) && GetFragment(spread.Name) is { } fragment)
            {
                fragments.Add(fragment);
                foreach (var next in GetFragmentSpreads(fragment))
                {
                    pending.Push(next);
                }
            }
        }

        facts.RecursiveFragments = fragments;
        return fragments;
    }

    /// <summary>The variable usages of an operation and of every fragment it reaches.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        if (!_facts.TryGetValue(operation, out var facts))
        {
            return NoUsages;
        }

        if (facts.RecursiveVariableUsages is { } known)
        {
            return known;
        }

        var fragments = GetRecursivelyReferencedFragments(operation);
        List<VariableUsage> usages;
        if (fragments.Count == 0)
        {
            usages = facts.VariableUsages;
        }
        else
        {
            usages = [.. facts.VariableUsages];
            foreach (var fragment in fragments)
            {
                if (_facts.TryGetValue(fragment, out var fragmentFacts))
                {
                    usages.AddRange(fragmentFacts.VariableUsages);
                }
            }
        }

        facts.RecursiveVariableUsages = usages;
        return usages;
    }
}
