namespace TeamGrains.GraphQL.Language;

/// <summary>{ ObjectField* } (spec 2.9.8).</summary>
public sealed class ObjectValueNode : ValueNode
{
    public override NodeKind Kind => NodeKind.ObjectValue;

    public required IReadOnlyList<ObjectFieldNode> Fields { get; init; }
}
