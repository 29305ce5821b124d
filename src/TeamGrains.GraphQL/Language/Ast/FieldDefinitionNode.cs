namespace TeamGrains.GraphQL.Language;

/// <summary>A field of an object or interface type (spec 3.6).</summary>
public sealed class FieldDefinitionNode : SyntaxNode
{
    public override NodeKind Kind => NodeKind.FieldDefinition;

    public StringValueNode? Description { get; init; }

    public required string Name { get; init; }

    public required IReadOnlyList<InputValueDefinitionNode> Arguments { get; init; }

    public required TypeNode Type { get; init; }

    public required IReadOnlyList<DirectiveNode> Directives { get; init; }
}
