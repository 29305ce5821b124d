namespace TeamGrains.GraphQL.Language;

/// <summary>null (spec 2.9.5).</summary>
public sealed class NullValueNode : ValueNode
{
    public override NodeKind Kind => NodeKind.NullValue;
}
