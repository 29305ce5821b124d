namespace TeamGrains.GraphQL.Language;

/// <summary>An argument or input field definition (spec 3.6.1, 3.10).</summary>
public sealed class InputValueDefinitionNode : SyntaxNode
{
    public override NodeKind Kind => NodeKind.InputValueDefinition;

    public StringValueNode? Description { get; init; }

    public required string Name { get; init; }

    public required TypeNode Type { get; init; }

    public ValueNode? DefaultValue { get; init; }

    public required IReadOnlyList<DirectiveNode> Directives { get; init; }
}
