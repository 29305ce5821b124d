namespace TeamGrains.GraphQL.Language;

/// <summary>[ Value* ] (spec 2.9.7).</summary>
public sealed class ListValueNode : ValueNode
{
    public override NodeKind Kind => NodeKind.ListValue;

    public required IReadOnlyList<ValueNode> Values { get; init; }
}
