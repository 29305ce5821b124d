namespace TeamGrains.GraphQL.Language;

/// <summary>A reference to a named type (spec 2.11).</summary>
public sealed class NamedTypeNode : TypeNode
{
    public override NodeKind Kind => NodeKind.NamedType;

    public required string Name { get; init; }
}
