namespace TeamGrains.GraphQL.Language;

/// <summary>type Name implements I @directives { fields } (spec 3.6).</summary>
public sealed class ObjectTypeDefinitionNode : TypeDefinitionNode
{
    public override NodeKind Kind => NodeKind.ObjectTypeDefinition;

    public required IReadOnlyList<NamedTypeNode> Interfaces { get; init; }

    public required IReadOnlyList<FieldDefinitionNode> Fields { get; init; }
}
