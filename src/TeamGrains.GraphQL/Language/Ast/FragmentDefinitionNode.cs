namespace TeamGrains.GraphQL.Language;

/// <summary>fragment Name on Type { ... } (spec 2.8).</summary>
public sealed class FragmentDefinitionNode : ExecutableDefinitionNode
{
    public override NodeKind Kind => NodeKind.FragmentDefinition;

    public StringValueNode? Description { get; init; }

    public required string Name { get; init; }

    public required NamedTypeNode TypeCondition { get; init; }

    public required IReadOnlyList<DirectiveNode> Directives { get; init; }

    public required SelectionSetNode SelectionSet { get; init; }
}
