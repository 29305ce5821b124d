namespace TeamGrains.GraphQL.Language;

/// <summary>
/// Recursive-descent parser for the whole language (spec 2 and 3). Each method parses one grammar
/// rule, quoted above it. Nesting is bounded by <see cref="ParserOptions.MaxDepth"/> so hostile input
/// ends in a <see cref="GraphQLSyntaxException"/>, never a stack overflow.
/// </summary>
public sealed partial class Parser
{
    private static readonly IReadOnlyList<DirectiveNode> NoDirectives = [];
    private static readonly IReadOnlyList<ArgumentNode> NoArguments = [];
    private readonly Lexer _lexer;
    private readonly int _maxDepth;
    private int _depth;

    private Parser(string source, ParserOptions? options)
    {
        options ??= ParserOptions.Default;
        _lexer = new Lexer(source, options);
        _maxDepth = options.MaxDepth;
        _lexer.Advance();
    }

    /// <summary>Parses a document; throws <see cref="GraphQLSyntaxException"/> on any error.</summary>
    public static DocumentNode Parse(string source, ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new Parser(source, options).ParseDocument();
    }

    /// <summary>Parses a lone value, e.g. a default value given as text.</summary>
    public static ValueNode ParseValue(string source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options);
        var value = parser.ParseValueLiteral(isConst: false);
        parser.Expect(TokenKind.EndOfFile);
        return value;
    }

    /// <summary>Parses a lone type reference such as <c>[String!]!</c>.</summary>
    public static TypeNode ParseType(string source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options);
        var type = parser.ParseTypeReference();
        parser.Expect(TokenKind.EndOfFile);
        return type;
    }

    /// <summary>Document : Definition+</summary>
    private DocumentNode ParseDocument()
    {
        var location = _lexer.Location;
        var definitions = new List<DefinitionNode>();
        do
        {
            definitions.Add(ParseDefinition());
        }
        while (_lexer.Kind != TokenKind.EndOfFile);

        return new DocumentNode { Definitions = definitions, Location = location };
    }

    /// <summary>
    /// Definition : ExecutableDefinition | TypeSystemDefinitionOrExtension;
    /// ExecutableDefinition : OperationDefinition | FragmentDefinition
    /// </summary>
    private DefinitionNode ParseDefinition()
    {
        if (_lexer.Kind == TokenKind.BraceL)
        {
            return ParseOperationDefinition();
        }

        var hasDescription = _lexer.Kind is TokenKind.String or TokenKind.BlockString;
        if (hasDescription)
        {
            // Descriptions precede both type-system and (since the 2025 edition) executable definitions.
            var description = ParseStringLiteral();
            return ParseDefinitionAfterDescription(description);
        }

        if (_lexer.Kind == TokenKind.Name)
        {
            if (_lexer.IsName("query") || _lexer.IsName("mutation") || _lexer.IsName("subscription"))
            {
                return ParseOperationDefinition();
            }

            if (_lexer.IsName("fragment"))
            {
                return ParseFragmentDefinition(null);
            }

            if (_lexer.IsName("extend"))
            {
                return ParseTypeSystemExtension();
            }

            return ParseTypeSystemDefinition(null);
        }

        throw Unexpected();
    }

    private DefinitionNode ParseDefinitionAfterDescription(StringValueNode description)
    {
        if (_lexer.IsName("query") || _lexer.IsName("mutation") || _lexer.IsName("subscription"))
        {
            return ParseOperationDefinition(description);
        }

        if (_lexer.IsName("fragment"))
        {
            return ParseFragmentDefinition(description);
        }

        if (_lexer.IsName("extend"))
        {
            throw Error("Unexpected description, descriptions are not supported on type extensions.");
        }

        if (_lexer.Kind == TokenKind.BraceL)
        {
            throw Error("Unexpected description, descriptions are not supported on shorthand queries.");
        }

        return ParseTypeSystemDefinition(description);
    }

    /// <summary>
    /// OperationDefinition : Description? OperationType Name? VariablesDefinition? Directives? SelectionSet | SelectionSet
    /// </summary>
    private OperationDefinitionNode ParseOperationDefinition(StringValueNode? description = null)
    {
        var location = description?.Location ?? _lexer.Location;
        if (_lexer.Kind == TokenKind.BraceL)
        {
            return new OperationDefinitionNode
            {
                Operation = OperationType.Query,
                VariableDefinitions = [],
                Directives = NoDirectives,
                SelectionSet = ParseSelectionSet(),
                Location = location,
            };
        }

        var operation = ParseOperationType();
        string? name = _lexer.Kind == TokenKind.Name ? ParseName() : null;
        return new OperationDefinitionNode
        {
            Description = description,
            Operation = operation,
            Name = name,
            VariableDefinitions = ParseVariableDefinitions(),
            Directives = ParseDirectives(isConst: false),
            SelectionSet = ParseSelectionSet(),
            Location = location,
        };
    }

    /// <summary>OperationType : one of query mutation subscription</summary>
    private OperationType ParseOperationType()
    {
        OperationType operation;
        if (_lexer.IsName("query"))
        {
            operation = OperationType.Query;
        }
        else if (_lexer.IsName("mutation"))
        {
            operation = OperationType.Mutation;
        }
        else if (_lexer.IsName("subscription"))
        {
            operation = OperationType.Subscription;
        }
        else
        {
            throw Unexpected();
        }

        _lexer.Advance();
        return operation;
    }

    /// <summary>SelectionSet : { Selection+ }</summary>
    private SelectionSetNode ParseSelectionSet()
    {
        var location = _lexer.Location;
        Expect(TokenKind.BraceL);
        Enter();
        var selections = new List<SelectionNode>();
        do
        {
            selections.Add(ParseSelection());
        }
        while (!Skip(TokenKind.BraceR));

        _depth--;
        return new SelectionSetNode { Selections = selections, Location = location };
    }

    /// <summary>Selection : Field | FragmentSpread | InlineFragment</summary>
    private SelectionNode ParseSelection()
        => _lexer.Kind == TokenKind.Spread ? ParseFragment() : ParseField();

    /// <summary>Field : Alias? Name Arguments? Directives? SelectionSet?; Alias : Name :</summary>
    private FieldNode ParseField()
    {
        var location = _lexer.Location;
        var nameOrAlias = ParseName();
        string? alias = null;
        string name;
        if (Skip(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }
        else
        {
            name = nameOrAlias;
        }

        return new FieldNode
        {
            Alias = alias,
            Name = name,
            Arguments = ParseArguments(isConst: false),
            Directives = ParseDirectives(isConst: false),
            SelectionSet = _lexer.Kind == TokenKind.BraceL ? ParseSelectionSet() : null,
            Location = location,
        };
    }

    /// <summary>Arguments[Const] : ( Argument[?Const]+ )</summary>
    private IReadOnlyList<ArgumentNode> ParseArguments(bool isConst)
    {
        if (_lexer.Kind != TokenKind.ParenL)
        {
            return NoArguments;
        }

        _lexer.Advance();
        var arguments = new List<ArgumentNode>();
        do
        {
            arguments.Add(ParseArgument(isConst));
        }
        while (!Skip(TokenKind.ParenR));

        return arguments;
    }

    /// <summary>Argument[Const] : Name : Value[?Const]</summary>
    private ArgumentNode ParseArgument(bool isConst)
    {
        var location = _lexer.Location;
        var name = ParseName();
        Expect(TokenKind.Colon);
        return new ArgumentNode { Name = name, Value = ParseValueLiteral(isConst), Location = location };
    }
}
