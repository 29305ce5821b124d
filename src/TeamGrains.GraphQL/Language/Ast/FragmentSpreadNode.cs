namespace TeamGrains.GraphQL.Language;

/// <summary>...Name @directives (spec 2.8).</summary>
public sealed class FragmentSpreadNode : SelectionNode
{
    public override NodeKind Kind => NodeKind.FragmentSpread;

    public required string Name { get; init; }

    public required IReadOnlyList<DirectiveNode> Directives { get; init; }
}
