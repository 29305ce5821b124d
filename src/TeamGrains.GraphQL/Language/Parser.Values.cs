namespace TeamGrains.GraphQL.Language;

public sealed partial class Parser
{
    /// <summary>
    /// Value[Const] : [~Const] Variable | IntValue | FloatValue | StringValue | BooleanValue | NullValue
    /// | EnumValue | ListValue[?Const] | ObjectValue[?Const]
    /// </summary>
    private ValueNode ParseValueLiteral(bool isConst)
    {
        var location = _lexer.Location;
        switch (_lexer.Kind)
        {
            case TokenKind.BracketL:
                return ParseList(isConst);
            case TokenKind.BraceL:
                return ParseObject(isConst);
            case TokenKind.Int:
            {
                var value = _lexer.Text;
                _lexer.Advance();
                return new IntValueNode { Value = value, Location = location };
            }

            case TokenKind.Float:
            {
                var value = _lexer.Text;
                _lexer.Advance();
                return new FloatValueNode { Value = value, Location = location };
            }

            case TokenKind.String:
            case TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                return ParseNameValue(location);
            case TokenKind.Dollar:
                if (isConst)
                {
                    _lexer.Advance();
                    var name = _lexer.Kind == TokenKind.Name ? _lexer.Text : null;
                    throw name is null ? Unexpected() : ErrorAt($"Unexpected variable \"${name}\" in constant value.", location);
                }

                return ParseVariable();
            default:
                throw Unexpected();
        }
    }

    /// <summary>BooleanValue : one of true false; NullValue : null; EnumValue : Name but not true, false or null</summary>
    private ValueNode ParseNameValue(Location location)
    {
        ValueNode node;
        if (_lexer.IsName("true"))
        {
            node = new BooleanValueNode { Value = true, Location = location };
        }
        else if (_lexer.IsName("false"))
        {
            node = new BooleanValueNode { Value = false, Location = location };
        }
        else if (_lexer.IsName("null"))
        {
            node = new NullValueNode { Location = location };
        }
        else
        {
            node = new EnumValueNode { Value = _lexer.Text, Location = location };
        }

        _lexer.Advance();
        return node;
    }

    /// <summary>StringValue :: " StringCharacter* " | """ BlockStringCharacter* """</summary>
    private StringValueNode ParseStringLiteral()
    {
        var node = new StringValueNode
        {
            Value = _lexer.StringValue,
            Block = _lexer.Kind == TokenKind.BlockString,
            Location = _lexer.Location,
        };
        _lexer.Advance();
        return node;
    }

    /// <summary>ListValue[Const] : [ ] | [ Value[?Const]+ ]</summary>
    private ListValueNode ParseList(bool isConst)
    {
        var location = _lexer.Location;
        Expect(TokenKind.BracketL);
        Enter();
        var values = new List<ValueNode>();
        while (!Skip(TokenKind.BracketR))
        {
            values.Add(ParseValueLiteral(isConst));
        }

        _depth--;
        return new ListValueNode { Values = values, Location = location };
    }

    /// <summary>ObjectValue[Const] : { } | { ObjectField[?Const]+ }</summary>
    private ObjectValueNode ParseObject(bool isConst)
    {
        var location = _lexer.Location;
        Expect(TokenKind.BraceL);
        Enter();
        var fields = new List<ObjectFieldNode>();
        while (!Skip(TokenKind.BraceR))
        {
            fields.Add(ParseObjectField(isConst));
        }

        _depth--;
        return new ObjectValueNode { Fields = fields, Location = location };
    }

    /// <summary>ObjectField[Const] : Name : Value[?Const]</summary>
    private ObjectFieldNode ParseObjectField(bool isConst)
    {
        var location = _lexer.Location;
        var name = ParseName();
        Expect(TokenKind.Colon);
        return new ObjectFieldNode { Name = name, Value = ParseValueLiteral(isConst), Location = location };
    }

    /// <summary>Type : NamedType | ListType | NonNullType; ListType : [ Type ]; NonNullType : NamedType ! | ListType !</summary>
    private TypeNode ParseTypeReference()
    {
        var location = _lexer.Location;
        TypeNode type;
        if (Skip(TokenKind.BracketL))
        {
            Enter();
            var inner = ParseTypeReference();
            Expect(TokenKind.BracketR);
            _depth--;
            type = new ListTypeNode { Type = inner, Location = location };
        }
        else
        {
            type = ParseNamedType();
        }

        if (Skip(TokenKind.Bang))
        {
            return new NonNullTypeNode { Type = type, Location = location };
        }

        return type;
    }

    /// <summary>NamedType : Name</summary>
    private NamedTypeNode ParseNamedType()
    {
        var location = _lexer.Location;
        return new NamedTypeNode { Name = ParseName(), Location = location };
    }

    /// <summary>Name :: NameStart NameContinue*</summary>
    private string ParseName()
    {
        if (_lexer.Kind != TokenKind.Name)
        {
            throw Unexpected("Name");
        }

        var name = NameTable.Get(_lexer);
        _lexer.Advance();
        return name;
    }

    private void Expect(TokenKind kind)
    {
        if (_lexer.Kind != kind)
        {
            throw Unexpected(Describe(kind));
        }

        _lexer.Advance();
    }

    private void ExpectKeyword(string keyword)
    {
        if (!_lexer.IsName(keyword))
        {
            throw Unexpected($"\"{keyword}\"");
        }

        _lexer.Advance();
    }

    /// <summary>Consumes the token when it has the given kind.</summary>
    private bool Skip(TokenKind kind)
    {
        if (_lexer.Kind != kind)
        {
            return false;
        }

        _lexer.Advance();
        return true;
    }

    private void Enter()
    {
        if (++_depth > _maxDepth)
        {
            throw Error($"Document nesting exceeds the maximum depth of {_maxDepth}.");
        }
    }

    private GraphQLSyntaxException Unexpected(string? expected = null)
    {
        var found = DescribeCurrent();
        return Error(expected is null ? $"Unexpected {found}." : $"Expected {expected}, found {found}.");
    }

    private string DescribeCurrent() => _lexer.Kind switch
    {
        TokenKind.Name => $"Name \"{_lexer.Text}\"",
        TokenKind.Int => $"Int \"{_lexer.Text}\"",
        TokenKind.Float => $"Float \"{_lexer.Text}\"",
        TokenKind.String or TokenKind.BlockString => "String",
        _ => Describe(_lexer.Kind),
    };

    private static string Describe(TokenKind kind) => kind switch
    {
        TokenKind.StartOfFile => "<SOF>",
        TokenKind.EndOfFile => "<EOF>",
        TokenKind.Bang => "\"!\"",
        TokenKind.Dollar => "\"$\"",
        TokenKind.Amp => "\"&\"",
        TokenKind.ParenL => "\"(\"",
        TokenKind.ParenR => "\")\"",
        TokenKind.Spread => "\"...\"",
        TokenKind.Colon => "\":\"",
        TokenKind.Equals => "\"=\"",
        TokenKind.At => "\"@\"",
        TokenKind.BracketL => "\"[\"",
        TokenKind.BracketR => "\"]\"",
        TokenKind.BraceL => "\"{\"",
        TokenKind.Pipe => "\"|\"",
        TokenKind.BraceR => "\"}\"",
        _ => kind.ToString(),
    };

    private GraphQLSyntaxException Error(string description)
        => new(description, _lexer.Line, _lexer.Column);

    private static GraphQLSyntaxException ErrorAt(string description, Location location)
        => new(description, location.Line, location.Column);
}
