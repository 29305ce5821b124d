namespace TeamGrains.GraphQL.Language;

/// <summary>enum Name @directives { VALUES } (spec 3.9).</summary>
public sealed class EnumTypeDefinitionNode : TypeDefinitionNode
{
    public override NodeKind Kind => NodeKind.EnumTypeDefinition;

    public required IReadOnlyList<EnumValueDefinitionNode> Values { get; init; }
}
