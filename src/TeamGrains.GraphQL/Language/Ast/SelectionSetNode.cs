namespace TeamGrains.GraphQL.Language;

/// <summary>{ Selection+ } (spec 2.4).</summary>
public sealed class SelectionSetNode : SyntaxNode
{
    public override NodeKind Kind => NodeKind.SelectionSet;

    public required IReadOnlyList<SelectionNode> Selections { get; init; }
}
