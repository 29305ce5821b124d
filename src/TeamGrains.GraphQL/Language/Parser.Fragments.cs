namespace TeamGrains.GraphQL.Language;

public sealed partial class Parser
{
    /// <summary>
    /// FragmentSpread : ... FragmentName Directives?;
    /// InlineFragment : ... TypeCondition? Directives? SelectionSet
    /// </summary>
    private SelectionNode ParseFragment()
    {
        var location = _lexer.Location;
        Expect(TokenKind.Spread);
        var hasTypeCondition = _lexer.IsName("on");
        if (!hasTypeCondition && _lexer.Kind == TokenKind.Name)
        {
            return new FragmentSpreadNode
            {
                Name = ParseName(),
                Directives = ParseDirectives(isConst: false),
                Location = location,
            };
        }

        NamedTypeNode? typeCondition = null;
        if (hasTypeCondition)
        {
            _lexer.Advance();
            typeCondition = ParseNamedType();
        }

        return new InlineFragmentNode
        {
            TypeCondition = typeCondition,
            Directives = ParseDirectives(isConst: false),
            SelectionSet = ParseSelectionSet(),
            Location = location,
        };
    }

    /// <summary>FragmentDefinition : Description? fragment FragmentName TypeCondition Directives? SelectionSet</summary>
    private FragmentDefinitionNode ParseFragmentDefinition(StringValueNode? description)
    {
        var location = description?.Location ?? _lexer.Location;
        ExpectKeyword("fragment");
        var name = ParseFragmentName();
        ExpectKeyword("on");
        return new FragmentDefinitionNode
        {
            Description = description,
            Name = name,
            TypeCondition = ParseNamedType(),
            Directives = ParseDirectives(isConst: false),
            SelectionSet = ParseSelectionSet(),
            Location = location,
        };
    }

    /// <summary>FragmentName : Name but not on</summary>
    private string ParseFragmentName()
    {
        if (_lexer.IsName("on"))
        {
            throw Unexpected();
        }

        return ParseName();
    }

    /// <summary>Directives[Const] : Directive[?Const]+</summary>
    private IReadOnlyList<DirectiveNode> ParseDirectives(bool isConst)
    {
        if (_lexer.Kind != TokenKind.At)
        {
            return NoDirectives;
        }

        var directives = new List<DirectiveNode>();
        while (_lexer.Kind == TokenKind.At)
        {
            directives.Add(ParseDirective(isConst));
        }

        return directives;
    }

    /// <summary>Directive[Const] : @ Name Arguments[?Const]?</summary>
    private DirectiveNode ParseDirective(bool isConst)
    {
        var location = _lexer.Location;
        Expect(TokenKind.At);
        return new DirectiveNode { Name = ParseName(), Arguments = ParseArguments(isConst), Location = location };
    }
}
