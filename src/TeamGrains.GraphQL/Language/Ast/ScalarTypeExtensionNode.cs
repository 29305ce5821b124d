namespace TeamGrains.GraphQL.Language;

/// <summary>extend scalar Name @directives (spec 3.5.1).</summary>
public sealed class ScalarTypeExtensionNode : TypeExtensionNode
{
    public override NodeKind Kind => NodeKind.ScalarTypeExtension;
}
