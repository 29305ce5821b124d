namespace TeamGrains.GraphQL.Language;

/// <summary>Base of every AST node: its kind and where it starts in the source.</summary>
public abstract class SyntaxNode
{
    public abstract NodeKind Kind { get; }

    public Location Location { get; init; }
}
