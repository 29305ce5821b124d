namespace TeamGrains.GraphQL.Language;

/// <summary>extend type Name ... (spec 3.6.3).</summary>
public sealed class ObjectTypeExtensionNode : TypeExtensionNode
{
    public override NodeKind Kind => NodeKind.ObjectTypeExtension;

    public required IReadOnlyList<NamedTypeNode> Interfaces { get; init; }

    public required IReadOnlyList<FieldDefinitionNode> Fields { get; init; }
}
