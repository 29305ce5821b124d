using TeamGrains.GraphQL.Language;
using TeamGrains.GraphQL.Types;

namespace TeamGrains.GraphQL.Validation;

/// <summary>
/// What the rules share during one validation: the schema, the document, the position
/// (<see cref="TypeInfo"/>), the errors (capped), and facts gathered by the walk itself — the
/// fragment spreads and variable usages of each operation and fragment — so that rules which need
/// them (cycles, unused fragments, variable rules) never walk the document a second time.
/// One context per thread is reused from validation to validation (<see cref="Rent"/>), so
/// validating a valid document allocates almost nothing once the collections have grown.
/// </summary>
public sealed partial class ValidationContext
{
    private readonly List<GraphQLError> _errors = [];
    private readonly Dictionary<string, FragmentDefinitionNode> _fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<ExecutableDefinitionNode, DefinitionFacts> _facts = new(ReferenceEqualityComparer.Instance);
    private readonly List<DefinitionFacts> _factsPool = [];
    private DefinitionFacts? _currentFacts;

    [ThreadStatic]
    private static ValidationContext? t_idle;

    private ValidationContext()
    {
        Walker = new ValidationWalker(this);
    }

    public Schema Schema { get; private set; } = null!;

    public DocumentNode Document { get; private set; } = null!;

    public ValidationOptions Options { get; private set; } = ValidationOptions.Default;

    public TypeInfo TypeInfo { get; } = new();

    internal ValidationWalker Walker { get; }

    public IReadOnlyList<GraphQLError> Errors => _errors;

    /// <summary>Set once the error cap is reached: the walker stops and no rule reports more.</summary>
    public bool IsAborted { get; private set; }

    public int FragmentCount => _fragments.Count;

    /// <summary>The caches of <see cref="Rules.FieldSelectionMergingRule"/>, created on first need.</summary>
    internal FieldConflictFinder? FieldConflictFinder { get; set; }

    public FragmentDefinitionNode? GetFragment(string name) => _fragments.GetValueOrDefault(name);

    public void ReportError(string message, params SyntaxNode[] nodes) => ReportError(message, null, nodes);

    /// <summary>Adds an error located at the nodes; past the cap, one last error says validation stopped.</summary>
    public void ReportError(string message, IReadOnlyDictionary<string, object?>? extensions, params SyntaxNode[] nodes)
    {
        if (IsAborted)
        {
            return;
        }

        if (_errors.Count >= Options.MaxErrors)
        {
            _errors.Add(new GraphQLError("Too many validation errors, error limit reached. Validation aborted."));
            IsAborted = true;
            return;
        }

        var locations = new SourceLocation[nodes.Length];
        for (var i = 0; i < nodes.Length; i++)
        {
            locations[i] = new SourceLocation(nodes[i].Location.Line, nodes[i].Location.Column);
        }

        _errors.Add(new GraphQLError(message, locations, extensions: extensions));
    }

    /// <summary>This thread's idle context (or a new one), set up for one validation; give it back with <see cref="Return"/>.</summary>
    internal static ValidationContext Rent(Schema schema, DocumentNode document, ValidationOptions options)
    {
        var context = t_idle ?? new ValidationContext();
        t_idle = null;
        context.Schema = schema;
        context.Document = document;
        context.Options = options;
        context.TypeInfo.Reset(schema);
        foreach (var definition in document.Definitions)
        {
            // The first definition of a name wins; FragmentNameUniquenessRule reports the others.
            if (definition is FragmentDefinitionNode fragment)
            {
                context._fragments.TryAdd(fragment.Name, fragment);
            }
        }

        return context;
    }

    /// <summary>The errors as a list the caller may keep (the context's own list is reused).</summary>
    internal IReadOnlyList<GraphQLError> TakeErrors() => _errors.Count == 0 ? [] : _errors.ToArray();

    /// <summary>Forgets the validation (keeping the grown collections) and parks the context for this thread.</summary>
    internal void Return()
    {
        _errors.Clear();
        _fragments.Clear();
        _facts.Clear();
        foreach (var facts in _factsPool)
        {
            facts.Clear();
        }

        _currentFacts = null;
        IsAborted = false;
        FieldConflictFinder = null;
        Schema = null!;
        Document = null!;
        t_idle = this;
    }

    /// <summary>Ends validation with a last error (the document was too costly to check).</summary>
    internal void Abort(string message)
    {
        if (!IsAborted)
        {
            _errors.Add(new GraphQLError(message));
            IsAborted = true;
        }
    }

    /// <summary>Called by the walker when it enters an operation or fragment definition.</summary>
    internal void BeginDefinition(ExecutableDefinitionNode definition)
    {
        _currentFacts = null;
        if (!_facts.ContainsKey(definition))
        {
            var index = _facts.Count;
            if (index == _factsPool.Count)
            {
                _factsPool.Add(new DefinitionFacts());
            }

            _currentFacts = _factsPool[index];
            _facts.Add(definition, _currentFacts);
        }
    }

    internal void RecordFragmentSpread(FragmentSpreadNode spread) => _currentFacts?.Spreads.Add(spread);

    internal void RecordVariableUsage(VariableNode node, GraphQLType? type, bool hasLocationDefault, bool inOneOfObject) =>
        _currentFacts?.VariableUsages.Add(new VariableUsage(node, type, hasLocationDefault, inOneOfObject));

    private sealed class DefinitionFacts
    {
        public List<FragmentSpreadNode> Spreads { get; } = [];

        public List<VariableUsage> VariableUsages { get; } = [];

        public List<FragmentDefinitionNode>? RecursiveFragments { get; set; }

        public List<VariableUsage>? RecursiveVariableUsages { get; set; }

        public void Clear()
        {
            Spreads.Clear();
            VariableUsages.Clear();
            RecursiveFragments = null;
            RecursiveVariableUsages = null;
        }
    }
}
