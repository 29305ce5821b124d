namespace TeamGrains.GraphQL.Language;

/// <summary>
/// Limits that keep hostile documents from costing memory or stack: every limit yields a
/// <see cref="GraphQLSyntaxException"/> with a clear message instead of a crash or a hang.
/// </summary>
public sealed record ParserOptions
{
    public static readonly ParserOptions Default = new();

    /// <summary>For trusted schema text (SDL shipped with the service): generous limits.</summary>
    public static readonly ParserOptions Trusted = new() { MaxDocumentLength = 16 * 1024 * 1024, MaxTokens = 4_000_000, MaxDepth = 256 };

    /// <summary>Characters in the document.</summary>
    public int MaxDocumentLength { get; init; } = 1024 * 1024;

    /// <summary>Tokens in the document (comments not counted).</summary>
    public int MaxTokens { get; init; } = 50_000;

    /// <summary>Nesting of selection sets, list/object values and list types.</summary>
    public int MaxDepth { get; init; } = 128;
}
