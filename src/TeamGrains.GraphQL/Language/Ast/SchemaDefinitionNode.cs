namespace TeamGrains.GraphQL.Language;

/// <summary>schema @directives { query: Q ... } (spec 3.3).</summary>
public sealed class SchemaDefinitionNode : TypeSystemDefinitionNode
{
    public override NodeKind Kind => NodeKind.SchemaDefinition;

    public StringValueNode? Description { get; init; }

    public required IReadOnlyList<DirectiveNode> Directives { get; init; }

    public required IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; init; }
}
