namespace TeamGrains.GraphQL.Language;

/// <summary>input Name @directives { fields } (spec 3.10).</summary>
public sealed class InputObjectTypeDefinitionNode : TypeDefinitionNode
{
    public override NodeKind Kind => NodeKind.InputObjectTypeDefinition;

    public required IReadOnlyList<InputValueDefinitionNode> Fields { get; init; }
}
