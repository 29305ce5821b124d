namespace TeamGrains.GraphQL.Language;

/// <summary>union Name @directives = A | B (spec 3.8).</summary>
public sealed class UnionTypeDefinitionNode : TypeDefinitionNode
{
    public override NodeKind Kind => NodeKind.UnionTypeDefinition;

    public required IReadOnlyList<NamedTypeNode> Types { get; init; }
}
