namespace TeamGrains.GraphQL.Language;

/// <summary>extend union Name ... (spec 3.8.1).</summary>
public sealed class UnionTypeExtensionNode : TypeExtensionNode
{
    public override NodeKind Kind => NodeKind.UnionTypeExtension;

    public required IReadOnlyList<NamedTypeNode> Types { get; init; }
}
