namespace TeamGrains.GraphQL.Language;

/// <summary>name: value (spec 2.6).</summary>
public sealed class ArgumentNode : SyntaxNode
{
    public override NodeKind Kind => NodeKind.Argument;

    public required string Name { get; init; }

    public required ValueNode Value { get; init; }
}
