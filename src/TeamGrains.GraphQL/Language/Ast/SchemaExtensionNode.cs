namespace TeamGrains.GraphQL.Language;

/// <summary>extend schema @directives { ... } (spec 3.3.2).</summary>
public sealed class SchemaExtensionNode : TypeSystemExtensionNode
{
    public override NodeKind Kind => NodeKind.SchemaExtension;

    public required IReadOnlyList<DirectiveNode> Directives { get; init; }

    public required IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; init; }
}
