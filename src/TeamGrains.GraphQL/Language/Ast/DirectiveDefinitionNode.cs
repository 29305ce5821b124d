namespace TeamGrains.GraphQL.Language;

/// <summary>directive @name(args) repeatable on LOCATIONS (spec 3.13).</summary>
public sealed class DirectiveDefinitionNode : TypeSystemDefinitionNode
{
    public override NodeKind Kind => NodeKind.DirectiveDefinition;

    public StringValueNode? Description { get; init; }

    public required string Name { get; init; }

    public required IReadOnlyList<InputValueDefinitionNode> Arguments { get; init; }

    public bool Repeatable { get; init; }

    public required IReadOnlyList<string> Locations { get; init; }
}
