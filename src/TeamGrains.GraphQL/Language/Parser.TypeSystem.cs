namespace TeamGrains.GraphQL.Language;

public sealed partial class Parser
{
    /// <summary>
    /// TypeSystemDefinition : SchemaDefinition | TypeDefinition | DirectiveDefinition;
    /// TypeDefinition : ScalarTypeDefinition | ObjectTypeDefinition | InterfaceTypeDefinition
    /// | UnionTypeDefinition | EnumTypeDefinition | InputObjectTypeDefinition
    /// </summary>
    private DefinitionNode ParseTypeSystemDefinition(StringValueNode? description)
    {
        var location = description?.Location ?? _lexer.Location;
        if (_lexer.Kind != TokenKind.Name)
        {
            throw Unexpected();
        }

        if (_lexer.IsName("schema"))
        {
            return ParseSchemaDefinition(description, location);
        }

        if (_lexer.IsName("directive"))
        {
            return ParseDirectiveDefinition(description, location);
        }

        if (_lexer.IsName("scalar"))
        {
            _lexer.Advance();
            return new ScalarTypeDefinitionNode
            {
                Description = description,
                Name = ParseName(),
                Directives = ParseDirectives(isConst: true),
                Location = location,
            };
        }

        if (_lexer.IsName("type"))
        {
            _lexer.Advance();
            return new ObjectTypeDefinitionNode
            {
                Description = description,
                Name = ParseName(),
                Interfaces = ParseImplementsInterfaces(),
                Directives = ParseDirectives(isConst: true),
                Fields = ParseFieldsDefinition(),
                Location = location,
            };
        }

        if (_lexer.IsName("interface"))
        {
            _lexer.Advance();
            return new InterfaceTypeDefinitionNode
            {
                Description = description,
                Name = ParseName(),
                Interfaces = ParseImplementsInterfaces(),
                Directives = ParseDirectives(isConst: true),
                Fields = ParseFieldsDefinition(),
                Location = location,
            };
        }

        if (_lexer.IsName("union"))
        {
            _lexer.Advance();
            return new UnionTypeDefinitionNode
            {
                Description = description,
                Name = ParseName(),
                Directives = ParseDirectives(isConst: true),
                Types = ParseUnionMemberTypes(),
                Location = location,
            };
        }

        if (_lexer.IsName("enum"))
        {
            _lexer.Advance();
            return new EnumTypeDefinitionNode
            {
                Description = description,
                Name = ParseName(),
                Directives = ParseDirectives(isConst: true),
                Values = ParseEnumValuesDefinition(),
                Location = location,
            };
        }

        if (_lexer.IsName("input"))
        {
            _lexer.Advance();
            return new InputObjectTypeDefinitionNode
            {
                Description = description,
                Name = ParseName(),
                Directives = ParseDirectives(isConst: true),
                Fields = ParseInputFieldsDefinition(),
                Location = location,
            };
        }

        throw Unexpected();
    }

    /// <summary>
    /// SchemaDefinition : Description? schema Directives[Const]? { RootOperationTypeDefinition+ }
    /// </summary>
    private SchemaDefinitionNode ParseSchemaDefinition(StringValueNode? description, Location location)
    {
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        return new SchemaDefinitionNode
        {
            Description = description,
            Directives = directives,
            OperationTypes = ParseRootOperationTypes(required: true),
            Location = location,
        };
    }

    /// <summary>RootOperationTypeDefinition : OperationType : NamedType</summary>
    private IReadOnlyList<OperationTypeDefinitionNode> ParseRootOperationTypes(bool required)
    {
        if (!required && _lexer.Kind != TokenKind.BraceL)
        {
            return [];
        }

        Expect(TokenKind.BraceL);
        var types = new List<OperationTypeDefinitionNode>();
        do
        {
            var location = _lexer.Location;
            var operation = ParseOperationType();
            Expect(TokenKind.Colon);
            types.Add(new OperationTypeDefinitionNode { Operation = operation, Type = ParseNamedType(), Location = location });
        }
        while (!Skip(TokenKind.BraceR));

        return types;
    }

    /// <summary>ImplementsInterfaces : ImplementsInterfaces &amp; NamedType | implements &amp;? NamedType</summary>
    private IReadOnlyList<NamedTypeNode> ParseImplementsInterfaces()
    {
        if (!_lexer.IsName("implements"))
        {
            return [];
        }

        _lexer.Advance();
        Skip(TokenKind.Amp);
        var interfaces = new List<NamedTypeNode>();
        do
        {
            interfaces.Add(ParseNamedType());
        }
        while (Skip(TokenKind.Amp));

        return interfaces;
    }

    /// <summary>FieldsDefinition : { FieldDefinition+ }</summary>
    private IReadOnlyList<FieldDefinitionNode> ParseFieldsDefinition()
    {
        if (!Skip(TokenKind.BraceL))
        {
            return [];
        }

        var fields = new List<FieldDefinitionNode>();
        do
        {
            fields.Add(ParseFieldDefinition());
        }
        while (!Skip(TokenKind.BraceR));

        return fields;
    }

    /// <summary>FieldDefinition : Description? Name ArgumentsDefinition? : Type Directives[Const]?</summary>
    private FieldDefinitionNode ParseFieldDefinition()
    {
        var location = _lexer.Location;
        var description = ParseOptionalDescription();
        var name = ParseName();
        var arguments = ParseArgumentDefinitions();
        Expect(TokenKind.Colon);
        return new FieldDefinitionNode
        {
            Description = description,
            Name = name,
            Arguments = arguments,
            Type = ParseTypeReference(),
            Directives = ParseDirectives(isConst: true),
            Location = location,
        };
    }

    /// <summary>ArgumentsDefinition : ( InputValueDefinition+ )</summary>
    private IReadOnlyList<InputValueDefinitionNode> ParseArgumentDefinitions()
    {
        if (!Skip(TokenKind.ParenL))
        {
            return [];
        }

        var arguments = new List<InputValueDefinitionNode>();
        do
        {
            arguments.Add(ParseInputValueDefinition());
        }
        while (!Skip(TokenKind.ParenR));

        return arguments;
    }

    /// <summary>InputValueDefinition : Description? Name : Type DefaultValue? Directives[Const]?</summary>
    private InputValueDefinitionNode ParseInputValueDefinition()
    {
        var location = _lexer.Location;
        var description = ParseOptionalDescription();
        var name = ParseName();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        ValueNode? defaultValue = Skip(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        return new InputValueDefinitionNode
        {
            Description = description,
            Name = name,
            Type = type,
            DefaultValue = defaultValue,
            Directives = ParseDirectives(isConst: true),
            Location = location,
        };
    }
}
