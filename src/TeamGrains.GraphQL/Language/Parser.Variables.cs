namespace TeamGrains.GraphQL.Language;

public sealed partial class Parser
{
    /// <summary>VariablesDefinition : ( VariableDefinition+ )</summary>
    private IReadOnlyList<VariableDefinitionNode> ParseVariableDefinitions()
    {
        if (_lexer.Kind != TokenKind.ParenL)
        {
            return [];
        }

        _lexer.Advance();
        var definitions = new List<VariableDefinitionNode>();
        do
        {
            definitions.Add(ParseVariableDefinition());
        }
        while (!Skip(TokenKind.ParenR));

        return definitions;
    }

    /// <summary>VariableDefinition : Description? Variable : Type DefaultValue? Directives[Const]?</summary>
    private VariableDefinitionNode ParseVariableDefinition()
    {
        var location = _lexer.Location;
        var description = _lexer.Kind is TokenKind.String or TokenKind.BlockString ? ParseStringLiteral() : null;
        var variable = ParseVariable();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        ValueNode? defaultValue = null;
        if (Skip(TokenKind.Equals))
        {
            defaultValue = ParseValueLiteral(isConst: true);
        }

        return new VariableDefinitionNode
        {
            Description = description,
            Variable = variable,
            Type = type,
            DefaultValue = defaultValue,
            Directives = ParseDirectives(isConst: true),
            Location = location,
        };
    }

    /// <summary>Variable : $ Name</summary>
    private VariableNode ParseVariable()
    {
        var location = _lexer.Location;
        Expect(TokenKind.Dollar);
        return new VariableNode { Name = ParseName(), Location = location };
    }
}
