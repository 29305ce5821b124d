namespace TeamGrains.GraphQL.Language;

/// <summary>$name (spec 2.10).</summary>
public sealed class VariableNode : ValueNode
{
    public override NodeKind Kind => NodeKind.Variable;

    public required string Name { get; init; }
}
