namespace TeamGrains.GraphQL.Language;

/// <summary>extend enum Name ... (spec 3.9.1).</summary>
public sealed class EnumTypeExtensionNode : TypeExtensionNode
{
    public override NodeKind Kind => NodeKind.EnumTypeExtension;

    public required IReadOnlyList<EnumValueDefinitionNode> Values { get; init; }
}
