using System.Globalization;
using System.Text;

namespace TeamGrains.GraphQL.Language;

internal sealed partial class Lexer
{
    /// <summary>
    /// StringValue :: " StringCharacter* " (spec 2.9.4). Strings without escapes are cut from the
    /// source in one piece; escapes (\n, \uXXXX, \u{X...}, surrogate pairs) go through a builder.
    /// </summary>
    private void ReadString()
    {
        var source = _source;
        var i = _position + 1;
        var chunkStart = i;
        StringBuilder? builder = null;
        while (i < source.Length)
        {
            var c = source[i];
            if (c == '"')
            {
                _stringValue = builder is null
                    ? source.Substring(chunkStart, i - chunkStart)
                    : builder.Append(source, chunkStart, i - chunkStart).ToString();
                _position = i + 1;
                Kind = TokenKind.String;
                End = _position;
                return;
            }

            if (c == '\\')
            {
                builder ??= new StringBuilder(i - chunkStart + 16);
                builder.Append(source, chunkStart, i - chunkStart);
                i = ReadEscape(i, builder);
                chunkStart = i;
                continue;
            }

            if (c is '\n' or '\r')
            {
                break;
            }

            i += CheckSourceCharacter(i, "String");
        }

        throw ErrorAt("Unterminated string.", i);
    }

    /// <summary>EscapedCharacter and EscapedUnicode (spec 2.9.4); returns the position after the escape.</summary>
    private int ReadEscape(int i, StringBuilder builder)
    {
        var source = _source;
        var next = i + 1 < source.Length ? source[i + 1] : '\0';
        switch (next)
        {
            case '"': builder.Append('"'); return i + 2;
            case '\\': builder.Append('\\'); return i + 2;
            case '/': builder.Append('/'); return i + 2;
            case 'b': builder.Append('\b'); return i + 2;
            case 'f': builder.Append('\f'); return i + 2;
            case 'n': builder.Append('\n'); return i + 2;
            case 'r': builder.Append('\r'); return i + 2;
            case 't': builder.Append('\t'); return i + 2;
            case 'u':
                return ReadUnicodeEscape(i, builder);
            default:
                throw ErrorAt($"Invalid character escape sequence: \"{EscapeText(i, 2)}\".", i);
        }
    }

    /// <summary>EscapedUnicode :: { HexDigit+ } | HexDigit HexDigit HexDigit HexDigit, with surrogate pairs.</summary>
    private int ReadUnicodeEscape(int i, StringBuilder builder)
    {
        var source = _source;
        if (i + 2 < source.Length && source[i + 2] == '{')
        {
            var j = i + 3;
            var value = 0;
            while (j < source.Length && source[j] != '}')
            {
                var digit = HexValue(source[j]);
                if (digit < 0 || value > 0x10FFFF)
                {
                    throw ErrorAt($"Invalid Unicode escape sequence: \"{EscapeText(i, j - i + 1)}\".", i);
                }

                value = (value << 4) | digit;
                j++;
            }

            if (j >= source.Length || j == i + 3 || !IsScalarValue(value))
            {
                throw ErrorAt($"Invalid Unicode escape sequence: \"{EscapeText(i, j - i + 1)}\".", i);
            }

            builder.Append(char.ConvertFromUtf32(value));
            return j + 1;
        }

        var code = ReadHex4(i + 2);
        if (code < 0)
        {
            throw ErrorAt($"Invalid Unicode escape sequence: \"{EscapeText(i, 6)}\".", i);
        }

        if (char.IsHighSurrogate((char)code))
        {
            // A leading surrogate must be followed by an escaped trailing one: "\uD83D\uDE00".
            if (i + 7 < source.Length && source[i + 6] == '\\' && source[i + 7] == 'u')
            {
                var low = ReadHex4(i + 8);
                if (low >= 0 && char.IsLowSurrogate((char)low))
                {
                    builder.Append((char)code).Append((char)low);
                    return i + 12;
                }
            }

            throw ErrorAt($"Invalid Unicode escape sequence: \"{EscapeText(i, 6)}\".", i);
        }

        if (char.IsLowSurrogate((char)code))
        {
            throw ErrorAt($"Invalid Unicode escape sequence: \"{EscapeText(i, 6)}\".", i);
        }

        builder.Append((char)code);
        return i + 6;
    }

    private int ReadHex4(int start)
    {
        if (start + 4 > _source.Length)
        {
            return -1;
        }

        var value = 0;
        for (var k = 0; k < 4; k++)
        {
            var digit = HexValue(_source[start + k]);
            if (digit < 0)
            {
                return -1;
            }

            value = (value << 4) | digit;
        }

        return value;
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    private static bool IsScalarValue(int value) => value is (>= 0 and <= 0xD7FF) or (>= 0xE000 and <= 0x10FFFF);

    /// <summary>SourceCharacter is any Unicode scalar value: a lone surrogate is an error. Returns its length.</summary>
    private int CheckSourceCharacter(int i, string where)
    {
        var c = _source[i];
        if (!char.IsSurrogate(c))
        {
            return 1;
        }

        if (char.IsHighSurrogate(c) && i + 1 < _source.Length && char.IsLowSurrogate(_source[i + 1]))
        {
            return 2;
        }

        throw ErrorAt($"Invalid character within {where}: {Describe(i)}.", i);
    }

    private string EscapeText(int start, int length)
    {
        length = Math.Min(length, _source.Length - start);
        var text = _source.Substring(start, length);
        var safe = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            safe.Append(c < 0x20 || char.IsSurrogate(c) ? "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : c);
        }

        return safe.ToString();
    }

    /// <summary>
    /// StringValue :: """ BlockStringCharacter* """ (spec 2.9.4): the raw text, with \""" unescaped,
    /// is turned into its value by <see cref="BlockString.Dedent"/>.
    /// </summary>
    private void ReadBlockString()
    {
        var source = _source;
        var i = _position + 3;
        var chunkStart = i;
        var startLine = _line;
        var startColumn = Column;
        StringBuilder? raw = null;
        while (i < source.Length)
        {
            var c = source[i];
            if (c == '"' && i + 2 < source.Length && source[i + 1] == '"' && source[i + 2] == '"')
            {
                var text = raw is null ? source.Substring(chunkStart, i - chunkStart) : raw.Append(source, chunkStart, i - chunkStart).ToString();
                _stringValue = BlockString.Dedent(text);
                _position = i + 3;
                Kind = TokenKind.BlockString;
                End = _position;
                Line = startLine;
                Column = startColumn;
                return;
            }

            if (c == '\\' && i + 3 < source.Length && source[i + 1] == '"' && source[i + 2] == '"' && source[i + 3] == '"')
            {
                raw ??= new StringBuilder(i - chunkStart + 16);
                raw.Append(source, chunkStart, i - chunkStart);
                raw.Append("\"\"\"");
                i += 4;
                chunkStart = i;
                continue;
            }

            if (c == '\n')
            {
                i++;
                _line++;
                _lineStart = i;
                continue;
            }

            if (c == '\r')
            {
                i += i + 1 < source.Length && source[i + 1] == '\n' ? 2 : 1;
                _line++;
                _lineStart = i;
                continue;
            }

            i += CheckSourceCharacter(i, "String");
        }

        throw ErrorAt("Unterminated string.", i);
    }
}
