namespace TeamGrains.GraphQL.Language;

/// <summary>One value of an enum definition (spec 3.9).</summary>
public sealed class EnumValueDefinitionNode : SyntaxNode
{
    public override NodeKind Kind => NodeKind.EnumValueDefinition;

    public StringValueNode? Description { get; init; }

    public required string Name { get; init; }

    public required IReadOnlyList<DirectiveNode> Directives { get; init; }
}
