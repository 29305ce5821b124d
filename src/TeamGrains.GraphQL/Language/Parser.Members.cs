namespace TeamGrains.GraphQL.Language;

public sealed partial class Parser
{
    /// <summary>UnionMemberTypes : UnionMemberTypes | NamedType | = |? NamedType</summary>
    private IReadOnlyList<NamedTypeNode> ParseUnionMemberTypes()
    {
        if (!Skip(TokenKind.Equals))
        {
            return [];
        }

        Skip(TokenKind.Pipe);
        var types = new List<NamedTypeNode>();
        do
        {
            types.Add(ParseNamedType());
        }
        while (Skip(TokenKind.Pipe));

        return types;
    }

    /// <summary>EnumValuesDefinition : { EnumValueDefinition+ }; EnumValueDefinition : Description? EnumValue Directives[Const]?</summary>
    private IReadOnlyList<EnumValueDefinitionNode> ParseEnumValuesDefinition()
    {
        if (!Skip(TokenKind.BraceL))
        {
            return [];
        }

        var values = new List<EnumValueDefinitionNode>();
        do
        {
            var location = _lexer.Location;
            var description = ParseOptionalDescription();
            if (_lexer.IsName("true") || _lexer.IsName("false") || _lexer.IsName("null"))
            {
                throw Error($"{_lexer.Text} is reserved and cannot be used for an enum value.");
            }

            values.Add(new EnumValueDefinitionNode
            {
                Description = description,
                Name = ParseName(),
                Directives = ParseDirectives(isConst: true),
                Location = location,
            });
        }
        while (!Skip(TokenKind.BraceR));

        return values;
    }

    /// <summary>InputFieldsDefinition : { InputValueDefinition+ }</summary>
    private IReadOnlyList<InputValueDefinitionNode> ParseInputFieldsDefinition()
    {
        if (!Skip(TokenKind.BraceL))
        {
            return [];
        }

        var fields = new List<InputValueDefinitionNode>();
        do
        {
            fields.Add(ParseInputValueDefinition());
        }
        while (!Skip(TokenKind.BraceR));

        return fields;
    }

    /// <summary>
    /// DirectiveDefinition : Description? directive @ Name ArgumentsDefinition? repeatable? on DirectiveLocations;
    /// DirectiveLocations : DirectiveLocations | DirectiveLocation | |? DirectiveLocation
    /// </summary>
    private DirectiveDefinitionNode ParseDirectiveDefinition(StringValueNode? description, Location location)
    {
        ExpectKeyword("directive");
        Expect(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArgumentDefinitions();
        var repeatable = false;
        if (_lexer.IsName("repeatable"))
        {
            repeatable = true;
            _lexer.Advance();
        }

        ExpectKeyword("on");
        Skip(TokenKind.Pipe);
        var locations = new List<string>();
        do
        {
            locations.Add(ParseDirectiveLocation());
        }
        while (Skip(TokenKind.Pipe));

        return new DirectiveDefinitionNode
        {
            Description = description,
            Name = name,
            Arguments = arguments,
            Repeatable = repeatable,
            Locations = locations,
            Location = location,
        };
    }

    /// <summary>DirectiveLocation : ExecutableDirectiveLocation | TypeSystemDirectiveLocation</summary>
    private string ParseDirectiveLocation()
    {
        if (_lexer.Kind == TokenKind.Name && DirectiveLocations.IsValid(_lexer.Span))
        {
            return ParseName();
        }

        throw Unexpected();
    }

    private StringValueNode? ParseOptionalDescription()
        => _lexer.Kind is TokenKind.String or TokenKind.BlockString ? ParseStringLiteral() : null;
}
