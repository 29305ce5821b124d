namespace TeamGrains.GraphQL.Language;

/// <summary>A whole GraphQL document: executable and type-system definitions.</summary>
public sealed class DocumentNode : SyntaxNode
{
    public override NodeKind Kind => NodeKind.Document;

    public required IReadOnlyList<DefinitionNode> Definitions { get; init; }
}
