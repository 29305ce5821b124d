using TeamGrains.GraphQL.Language;

namespace TeamGrains.GraphQL.Validation.Rules;

/// <summary>
/// Measures an operation with its fragments expanded at every spread: deepest field nesting, field
/// selections and aliases. Each fragment is measured once (memoized), so documents that spread
/// fragments in a diamond cost linear time; a spread that cycles counts as empty (cycles are
/// <see cref="FragmentSpreadsMustNotFormCyclesRule"/>'s error).
/// </summary>
internal sealed class OperationLimits
{
    private readonly ValidationContext _context;
    private readonly Dictionary<string, Measure> _fragments = new(StringComparer.Ordinal);
    private readonly HashSet<string> _inProgress = new(StringComparer.Ordinal);

    private OperationLimits(ValidationContext context) => _context = context;

    public static Measure Of(ValidationContext context, OperationDefinitionNode operation) =>
        new OperationLimits(context).MeasureSelectionSet(operation.SelectionSet);

    private Measure MeasureSelectionSet(SelectionSetNode selectionSet)
    {
        var result = default(Measure);
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    var inner = field.SelectionSet is null ? default : MeasureSelectionSet(field.SelectionSet);
                    result = result.Add(new Measure(inner.Depth + 1, inner.Fields + 1, inner.Aliases + (field.Alias is null ? 0 : 1)));
                    break;
                case InlineFragmentNode inline:
                    result = result.Add(MeasureSelectionSet(inline.SelectionSet));
                    break;
                case FragmentSpreadNode spread:
                    result = result.Add(MeasureFragment(spread.Name));
                    break;
            }
        }

        return result;
    }

    private Measure MeasureFragment(string name)
    {
        if (_fragments.TryGetValue(name, out var known))
        {
            return known;
        }

        if (_context.GetFragment(name) is not { } fragment || !_inProgress.Add(name))
        {
            return default;
        }

        var measure = MeasureSelectionSet(fragment.SelectionSet);
        _inProgress.Remove(name);
        _fragments[name] = measure;
        return measure;
    }

    /// <summary>Combines sibling selections: the deeper depth, summed counts (saturating instead of overflowing).</summary>
    internal readonly record struct Measure(int Depth, long Fields, long Aliases)
    {
        public Measure Add(Measure other) => new(
            Math.Max(Depth, other.Depth),
            Math.Min(Fields + other.Fields, long.MaxValue / 2),
            Math.Min(Aliases + other.Aliases, long.MaxValue / 2));
    }
}
