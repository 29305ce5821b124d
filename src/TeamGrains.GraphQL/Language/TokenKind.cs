namespace TeamGrains.GraphQL.Language;

/// <summary>Lexical tokens of spec 2.1.6 (Punctuator, Name, IntValue, FloatValue, StringValue).</summary>
public enum TokenKind
{
    StartOfFile,
    EndOfFile,
    Bang,
    Dollar,
    Amp,
    ParenL,
    ParenR,
    Spread,
    Colon,
    Equals,
    At,
    BracketL,
    BracketR,
    BraceL,
    Pipe,
    BraceR,
    Name,
    Int,
    Float,
    String,
    BlockString,
}
