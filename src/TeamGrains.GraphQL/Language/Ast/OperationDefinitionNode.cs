namespace TeamGrains.GraphQL.Language;

/// <summary>query, mutation or subscription (spec 2.3).</summary>
public sealed class OperationDefinitionNode : ExecutableDefinitionNode
{
    public override NodeKind Kind => NodeKind.OperationDefinition;

    public StringValueNode? Description { get; init; }

    public required OperationType Operation { get; init; }

    public string? Name { get; init; }

    public required IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; init; }

    public required IReadOnlyList<DirectiveNode> Directives { get; init; }

    public required SelectionSetNode SelectionSet { get; init; }
}
