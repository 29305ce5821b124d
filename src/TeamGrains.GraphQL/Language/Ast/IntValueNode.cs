namespace TeamGrains.GraphQL.Language;

/// <summary>An integer literal, kept as its source text (spec 2.9.1).</summary>
public sealed class IntValueNode : ValueNode
{
    public override NodeKind Kind => NodeKind.IntValue;

    public required string Value { get; init; }
}
