namespace TeamGrains.GraphQL;

/// <summary>
/// The only exception the lexer and parser throw: the document is not valid GraphQL syntax, or
/// exceeds a <see cref="Language.ParserOptions"/> limit. <see cref="Error"/> is what clients see.
/// </summary>
public sealed class GraphQLSyntaxException : GraphQLException
{
    public const string ErrorCode = "GRAPHQL_PARSE_FAILED";

    public GraphQLSyntaxException(string description, int line, int column)
        : base($"Syntax Error: {description} (line {line}, column {column})", ErrorCode)
    {
        Description = description;
        Line = line;
        Column = column;
    }

    /// <summary>The error without position, e.g. "Expected Name, found &lt;EOF&gt;.".</summary>
    public string Description { get; }

    public int Line { get; }

    public int Column { get; }

    /// <summary>graphql-js style: message "Syntax Error: ..." with the position in "locations".</summary>
    public GraphQLError Error => new(
        "Syntax Error: " + Description,
        [new SourceLocation(Line, Column)],
        null,
        MergeExtensions(Code, null));

    public override GraphQLError ToError(IReadOnlyList<SourceLocation>? locations = null, IReadOnlyList<object>? path = null) => Error;
}
