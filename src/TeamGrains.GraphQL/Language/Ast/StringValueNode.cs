namespace TeamGrains.GraphQL.Language;

/// <summary>A string literal with escapes resolved; Block tells whether it was written as a block string (spec 2.9.4).</summary>
public sealed class StringValueNode : ValueNode
{
    public override NodeKind Kind => NodeKind.StringValue;

    public required string Value { get; init; }

    public bool Block { get; init; }
}
