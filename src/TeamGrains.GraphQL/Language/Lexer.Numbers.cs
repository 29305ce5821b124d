namespace TeamGrains.GraphQL.Language;

internal sealed partial class Lexer
{
    /// <summary>
    /// IntValue :: IntegerPart [lookahead != {Digit, ., NameStart}];
    /// FloatValue :: IntegerPart FractionalPart ExponentPart | IntegerPart FractionalPart | IntegerPart ExponentPart (spec 2.9.1, 2.9.2).
    /// </summary>
    private void ReadNumber()
    {
        var isFloat = false;
        if (Peek(0) == '-')
        {
            _position++;
        }

        if (Peek(0) == '0')
        {
            _position++;
            if (IsDigit(Peek(0)))
            {
                throw Error($"Invalid number, unexpected digit after 0: {Describe(_position)}.");
            }
        }
        else
        {
            ReadDigits();
        }

        if (Peek(0) == '.')
        {
            isFloat = true;
            _position++;
            ReadDigits();
        }

        if (Peek(0) is 'e' or 'E')
        {
            isFloat = true;
            _position++;
            if (Peek(0) is '+' or '-')
            {
                _position++;
            }

            ReadDigits();
        }

        if (Peek(0) == '.' || IsNameStart(Peek(0)))
        {
            throw Error($"Invalid number, expected digit but got: {Describe(_position)}.");
        }

        Kind = isFloat ? TokenKind.Float : TokenKind.Int;
        End = _position;
    }

    private void ReadDigits()
    {
        if (!IsDigit(Peek(0)))
        {
            throw Error($"Invalid number, expected digit but got: {Describe(_position)}.");
        }

        while (IsDigit(Peek(0)))
        {
            _position++;
        }
    }
}
