namespace TeamGrains.GraphQL.Language;

/// <summary>extend input Name ... (spec 3.10.1).</summary>
public sealed class InputObjectTypeExtensionNode : TypeExtensionNode
{
    public override NodeKind Kind => NodeKind.InputObjectTypeExtension;

    public required IReadOnlyList<InputValueDefinitionNode> Fields { get; init; }
}
