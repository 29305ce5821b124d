namespace TeamGrains.GraphQL.Language;

/// <summary>Type! (spec 2.11).</summary>
public sealed class NonNullTypeNode : TypeNode
{
    public override NodeKind Kind => NodeKind.NonNullType;

    public required TypeNode Type { get; init; }
}
