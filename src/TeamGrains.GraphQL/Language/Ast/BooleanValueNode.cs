namespace TeamGrains.GraphQL.Language;

/// <summary>true or false (spec 2.9.3).</summary>
public sealed class BooleanValueNode : ValueNode
{
    public override NodeKind Kind => NodeKind.BooleanValue;

    public required bool Value { get; init; }
}
