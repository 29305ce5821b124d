using TeamGrains.GraphQL.Language;
using TeamGrains.GraphQL.Types;

namespace TeamGrains.GraphQL.Validation;

/// <summary>
/// Where the walk is, in schema terms (graphql-js <c>TypeInfo</c>): the composite type whose
/// selection set is being read, the current field and its type, the directive and argument being
/// read, and the input type expected for the value at hand. Unknown names give nulls, which the
/// rules read as "another rule reports this".
/// </summary>
public sealed class TypeInfo
{
    private Schema _schema = null!;
    private readonly List<GraphQLType?> _typeStack = [];
    private readonly List<NamedType?> _parentTypeStack = [];
    private readonly List<FieldDefinition?> _fieldDefStack = [];
    private readonly List<GraphQLType?> _inputTypeStack = [];
    private readonly List<bool> _locationDefaultStack = [];

    internal TypeInfo()
    {
    }

    /// <summary>The output type of the current field (or operation root, or fragment type condition).</summary>
    public GraphQLType? Type => Peek(_typeStack);

    /// <summary>The composite type that owns the current selection set.</summary>
    public NamedType? ParentType => Peek(_parentTypeStack);

    public FieldDefinition? FieldDefinition => Peek(_fieldDefStack);

    public DirectiveDefinition? Directive { get; private set; }

    /// <summary>Whether the walk is inside a directive (whose definition may be unknown).</summary>
    public bool IsInDirective { get; private set; }

    public InputValueDefinition? Argument { get; private set; }

    /// <summary>The input type expected for the value being read.</summary>
    public GraphQLType? InputType => Peek(_inputTypeStack);

    /// <summary>The input type of the list or input object containing the current value.</summary>
    public GraphQLType? ParentInputType => _inputTypeStack.Count > 1 ? _inputTypeStack[^2] : null;

    /// <summary>Whether the argument or input field being read declares a default value.</summary>
    public bool LocationHasDefault => _locationDefaultStack.Count > 0 && _locationDefaultStack[^1];

    /// <summary>Prepares for a new document (the walk leaves every stack empty, unless it was aborted).</summary>
    internal void Reset(Schema schema)
    {
        _schema = schema;
        _typeStack.Clear();
        _parentTypeStack.Clear();
        _fieldDefStack.Clear();
        _inputTypeStack.Clear();
        _locationDefaultStack.Clear();
        Directive = null;
        Argument = null;
        IsInDirective = false;
    }

    internal void EnterOperation(OperationDefinitionNode node)
    {
        var root = node.Operation switch
        {
            OperationType.Query => _schema.QueryType,
            OperationType.Mutation => _schema.MutationType,
            _ => _schema.SubscriptionType,
        };
        _typeStack.Add(root);
    }

    internal void EnterFragment(NamedTypeNode? typeCondition)
    {
        var type = typeCondition is null ? TypeFacts.GetNamedType(Type) : _schema.GetType(typeCondition.Name);
        _typeStack.Add(TypeFacts.IsOutputType(type) ? type : null);
    }

    internal void LeaveType() => _typeStack.RemoveAt(_typeStack.Count - 1);

    internal void EnterSelectionSet()
    {
        var named = TypeFacts.GetNamedType(Type);
        _parentTypeStack.Add(TypeFacts.IsCompositeType(named) ? named : null);
    }

    internal void LeaveSelectionSet() => _parentTypeStack.RemoveAt(_parentTypeStack.Count - 1);

    internal void EnterField(FieldNode node)
    {
        var fieldDef = ParentType is { } parent ? TypeFacts.GetFieldDefinition(_schema, parent, node.Name) : null;
        _fieldDefStack.Add(fieldDef);
        _typeStack.Add(fieldDef?.Type);
    }

    internal void LeaveField()
    {
        _fieldDefStack.RemoveAt(_fieldDefStack.Count - 1);
        _typeStack.RemoveAt(_typeStack.Count - 1);
    }

    internal void EnterDirective(DirectiveNode node)
    {
        Directive = _schema.GetDirective(node.Name);
        IsInDirective = true;
    }

    internal void LeaveDirective()
    {
        Directive = null;
        IsInDirective = false;
    }

    /// <summary>An argument of the current directive, or else of the current field.</summary>
    internal void EnterArgument(ArgumentNode node)
    {
        var arguments = IsInDirective ? Directive?.Arguments : FieldDefinition?.Arguments;
        Argument = arguments is null ? null : TypeFacts.FindInputValue(arguments, node.Name);
        _inputTypeStack.Add(Argument?.Type);
        _locationDefaultStack.Add(Argument is { } argument && TypeFacts.HasDefault(argument));
    }

    internal void LeaveArgument()
    {
        Argument = null;
        LeaveInputType();
    }

    /// <summary>A variable's declared type, for its default value.</summary>
    internal void EnterVariableDefinition(TypeNode type)
    {
        _inputTypeStack.Add(TypeFacts.TypeFromAst(_schema, type) is { } t && TypeFacts.IsInputType(t) ? t : null);
        _locationDefaultStack.Add(false);
    }

    internal void EnterListItem()
    {
        var listType = TypeFacts.GetNullableType(InputType);
        // A non-list value position accepts a one-item list literal, so items keep the type (graphql-js).
        _inputTypeStack.Add(listType is ListType list ? list.OfType : listType);
        _locationDefaultStack.Add(false);
    }

    internal void EnterObjectField(ObjectFieldNode node)
    {
        var field = TypeFacts.GetNamedType(InputType) is InputObjectType inputObject
            ? TypeFacts.FindInputValue(inputObject.Fields, node.Name)
            : null;
        _inputTypeStack.Add(field?.Type);
        _locationDefaultStack.Add(field is not null && TypeFacts.HasDefault(field));
    }

    internal void LeaveInputType()
    {
        _inputTypeStack.RemoveAt(_inputTypeStack.Count - 1);
        _locationDefaultStack.RemoveAt(_locationDefaultStack.Count - 1);
    }

    private static T? Peek<T>(List<T?> stack)
        where T : class => stack.Count == 0 ? null : stack[^1];
}
