namespace TeamGrains.GraphQL.Language;

/// <summary>... on Type @directives { ... } (spec 2.8.2).</summary>
public sealed class InlineFragmentNode : SelectionNode
{
    public override NodeKind Kind => NodeKind.InlineFragment;

    public NamedTypeNode? TypeCondition { get; init; }

    public required IReadOnlyList<DirectiveNode> Directives { get; init; }

    public required SelectionSetNode SelectionSet { get; init; }
}
