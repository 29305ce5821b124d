namespace TeamGrains.GraphQL.Language;

/// <summary>scalar Name @directives (spec 3.5).</summary>
public sealed class ScalarTypeDefinitionNode : TypeDefinitionNode
{
    public override NodeKind Kind => NodeKind.ScalarTypeDefinition;
}
