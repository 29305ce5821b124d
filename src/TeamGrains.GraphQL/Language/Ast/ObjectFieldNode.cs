namespace TeamGrains.GraphQL.Language;

/// <summary>name: value inside an input object literal (spec 2.9.8).</summary>
public sealed class ObjectFieldNode : SyntaxNode
{
    public override NodeKind Kind => NodeKind.ObjectField;

    public required string Name { get; init; }

    public required ValueNode Value { get; init; }
}
