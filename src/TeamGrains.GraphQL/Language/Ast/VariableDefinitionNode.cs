namespace TeamGrains.GraphQL.Language;

/// <summary>$name: Type = default @directives (spec 2.10).</summary>
public sealed class VariableDefinitionNode : SyntaxNode
{
    public override NodeKind Kind => NodeKind.VariableDefinition;

    public StringValueNode? Description { get; init; }

    public required VariableNode Variable { get; init; }

    public required TypeNode Type { get; init; }

    public ValueNode? DefaultValue { get; init; }

    public required IReadOnlyList<DirectiveNode> Directives { get; init; }
}
