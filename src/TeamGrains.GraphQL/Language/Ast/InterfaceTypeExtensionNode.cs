namespace TeamGrains.GraphQL.Language;

/// <summary>extend interface Name ... (spec 3.7.1).</summary>
public sealed class InterfaceTypeExtensionNode : TypeExtensionNode
{
    public override NodeKind Kind => NodeKind.InterfaceTypeExtension;

    public required IReadOnlyList<NamedTypeNode> Interfaces { get; init; }

    public required IReadOnlyList<FieldDefinitionNode> Fields { get; init; }
}
