namespace TeamGrains.GraphQL.Language;

/// <summary>A named type definition: scalar, type, interface, union, enum or input (spec 3.4).</summary>
public abstract class TypeDefinitionNode : TypeSystemDefinitionNode
{
    public StringValueNode? Description { get; init; }

    public required string Name { get; init; }

    public required IReadOnlyList<DirectiveNode> Directives { get; init; }
}
