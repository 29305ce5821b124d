namespace TeamGrains.GraphQL.Language;

/// <summary>An enum value name (spec 2.9.6).</summary>
public sealed class EnumValueNode : ValueNode
{
    public override NodeKind Kind => NodeKind.EnumValue;

    public required string Value { get; init; }
}
