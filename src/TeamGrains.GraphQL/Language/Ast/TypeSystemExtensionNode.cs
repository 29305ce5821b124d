namespace TeamGrains.GraphQL.Language;

/// <summary>TypeSystemExtension : SchemaExtension | TypeExtension (spec 3.1).</summary>
public abstract class TypeSystemExtensionNode : DefinitionNode;
