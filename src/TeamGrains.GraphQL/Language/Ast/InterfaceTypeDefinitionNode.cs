namespace TeamGrains.GraphQL.Language;

/// <summary>interface Name implements I @directives { fields } (spec 3.7).</summary>
public sealed class InterfaceTypeDefinitionNode : TypeDefinitionNode
{
    public override NodeKind Kind => NodeKind.InterfaceTypeDefinition;

    public required IReadOnlyList<NamedTypeNode> Interfaces { get; init; }

    public required IReadOnlyList<FieldDefinitionNode> Fields { get; init; }
}
