namespace TeamGrains.GraphQL.Language;

/// <summary>An extension of a named type (spec 3.4.3).</summary>
public abstract class TypeExtensionNode : TypeSystemExtensionNode
{
    public required string Name { get; init; }

    public required IReadOnlyList<DirectiveNode> Directives { get; init; }
}
