namespace TeamGrains.GraphQL.Language;

/// <summary>query: TypeName inside a schema definition (spec 3.3.1).</summary>
public sealed class OperationTypeDefinitionNode : SyntaxNode
{
    public override NodeKind Kind => NodeKind.OperationTypeDefinition;

    public required OperationType Operation { get; init; }

    public required NamedTypeNode Type { get; init; }
}
