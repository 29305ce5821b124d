namespace TeamGrains.GraphQL.Language;

/// <summary>alias: name(arguments) @directives { ... } (spec 2.5).</summary>
public sealed class FieldNode : SelectionNode
{
    public override NodeKind Kind => NodeKind.Field;

    public string? Alias { get; init; }

    public required string Name { get; init; }

    public required IReadOnlyList<ArgumentNode> Arguments { get; init; }

    public required IReadOnlyList<DirectiveNode> Directives { get; init; }

    public SelectionSetNode? SelectionSet { get; init; }
}
