using System.Globalization;
using System.Runtime.CompilerServices;

namespace TeamGrains.GraphQL.Language;

/// <summary>
/// Spec 2.1 (Source Text): turns the document into tokens on demand. The current token is held in
/// fields (kind, offsets, line, column) so reading a token allocates nothing; names are cut from the
/// source only when the parser asks for them, and string escapes are decoded only for strings.
/// </summary>
internal sealed partial class Lexer
{
    private readonly string _source;
    private readonly int _maxTokens;
    private int _position;
    private int _line = 1;
    private int _lineStart;
    private int _tokenCount;
    private string? _stringValue;

    public Lexer(string source, ParserOptions options)
    {
        if (source.Length > options.MaxDocumentLength)
        {
            throw new GraphQLSyntaxException(
                $"Document is too large: {source.Length} characters, at most {options.MaxDocumentLength} allowed.", 1, 1);
        }

        _source = source;
        _maxTokens = options.MaxTokens;
        Kind = TokenKind.StartOfFile;
        Line = 1;
        Column = 1;
    }

    public TokenKind Kind { get; private set; }

    public int Start { get; private set; }

    public int End { get; private set; }

    public int Line { get; private set; }

    public int Column { get; private set; }

    public Location Location => new(Start, End, Line, Column);

    /// <summary>The text of the current Name, Int or Float token.</summary>
    public string Text => _source.Substring(Start, End - Start);

    /// <summary>The characters of the current token, without allocating.</summary>
    public ReadOnlySpan<char> Span => _source.AsSpan(Start, End - Start);

    /// <summary>The decoded value of the current String or BlockString token.</summary>
    public string StringValue => _stringValue ?? string.Empty;

    public bool IsName(string keyword)
        => Kind == TokenKind.Name && End - Start == keyword.Length
           && string.CompareOrdinal(_source, Start, keyword, 0, keyword.Length) == 0;

    public bool TextEquals(string text)
        => End - Start == text.Length && string.CompareOrdinal(_source, Start, text, 0, text.Length) == 0;

    /// <summary>Reads the next token, skipping Ignored tokens (spec 2.1.7).</summary>
    public void Advance()
    {
        if (Kind == TokenKind.EndOfFile)
        {
            return;
        }

        SkipIgnored();
        Start = _position;
        Line = _line;
        Column = _position - _lineStart + 1;
        _stringValue = null;
        if (_position >= _source.Length)
        {
            Kind = TokenKind.EndOfFile;
            End = _position;
            return;
        }

        if (++_tokenCount > _maxTokens)
        {
            throw Error($"Document contains more than {_maxTokens} tokens.");
        }

        var c = _source[_position];
        switch (c)
        {
            case '!': Punctuator(TokenKind.Bang); return;
            case '$': Punctuator(TokenKind.Dollar); return;
            case '&': Punctuator(TokenKind.Amp); return;
            case '(': Punctuator(TokenKind.ParenL); return;
            case ')': Punctuator(TokenKind.ParenR); return;
            case ':': Punctuator(TokenKind.Colon); return;
            case '=': Punctuator(TokenKind.Equals); return;
            case '@': Punctuator(TokenKind.At); return;
            case '[': Punctuator(TokenKind.BracketL); return;
            case ']': Punctuator(TokenKind.BracketR); return;
            case '{': Punctuator(TokenKind.BraceL); return;
            case '|': Punctuator(TokenKind.Pipe); return;
            case '}': Punctuator(TokenKind.BraceR); return;
            case '.':
                if (Peek(1) == '.' && Peek(2) == '.')
                {
                    _position += 3;
                    Kind = TokenKind.Spread;
                    End = _position;
                    return;
                }

                throw Error(Peek(1) == '.' ? "Unexpected \"..\", did you mean \"...\"?" : "Unexpected \".\".");
            case '"':
                if (Peek(1) == '"' && Peek(2) == '"')
                {
                    ReadBlockString();
                }
                else
                {
                    ReadString();
                }

                return;
        }

        if (IsNameStart(c))
        {
            ReadName();
            return;
        }

        if (IsDigit(c) || c == '-')
        {
            ReadNumber();
            return;
        }

        throw Error(c == '\'' ? "Unexpected single quote character ('), did you mean to use a double quote (\")?"
            : $"Unexpected character: {Describe(_position)}.");
    }

    private void Punctuator(TokenKind kind)
    {
        Kind = kind;
        _position++;
        End = _position;
    }

    /// <summary>Ignored :: UnicodeBOM | WhiteSpace | LineTerminator | Comment | Comma (spec 2.1.7).</summary>
    private void SkipIgnored()
    {
        var source = _source;
        while (_position < source.Length)
        {
            switch (source[_position])
            {
                case '\uFEFF':
                case '\t':
                case ' ':
                case ',':
                    _position++;
                    break;
                case '\n':
                    _position++;
                    NewLine();
                    break;
                case '\r':
                    _position += Peek(1) == '\n' ? 2 : 1;
                    NewLine();
                    break;
                case '#':
                    SkipComment();
                    break;
                default:
                    return;
            }
        }
    }

    /// <summary>Comment :: # CommentChar* (spec 2.1.5): runs to the end of the line.</summary>
    private void SkipComment()
    {
        var source = _source;
        var i = _position + 1;
        while (i < source.Length && source[i] != '\n' && source[i] != '\r')
        {
            i++;
        }

        _position = i;
    }

    private void NewLine()
    {
        _line++;
        _lineStart = _position;
    }

    /// <summary>Name :: NameStart NameContinue* (spec 2.1.9).</summary>
    private void ReadName()
    {
        var source = _source;
        var i = _position + 1;
        while (i < source.Length && IsNameContinue(source[i]))
        {
            i++;
        }

        _position = i;
        Kind = TokenKind.Name;
        End = i;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private char Peek(int offset)
    {
        var i = _position + offset;
        return (uint)i < (uint)_source.Length ? _source[i] : '\0';
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static bool IsNameStart(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_';

    private static bool IsNameContinue(char c) => IsNameStart(c) || IsDigit(c);

    /// <summary>"&lt;EOF&gt;", a printable character in quotes, or its code point as U+XXXX.</summary>
    private string Describe(int position)
    {
        if (position >= _source.Length)
        {
            return "<EOF>";
        }

        var c = _source[position];
        if (c >= 0x20 && c < 0x7F)
        {
            return c == '"' ? "'\"'" : $"\"{c}\"";
        }

        return "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
    }

    private GraphQLSyntaxException Error(string description) => ErrorAt(description, _position);

    private GraphQLSyntaxException ErrorAt(string description, int position)
    {
        // Columns count from the start of the current line; positions before it belong to the token start.
        var column = position >= _lineStart ? position - _lineStart + 1 : Column;
        return new GraphQLSyntaxException(description, _line, column);
    }
}
