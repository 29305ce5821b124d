namespace TeamGrains.GraphQL.Language;

/// <summary>TypeSystemDefinition : SchemaDefinition | TypeDefinition | DirectiveDefinition (spec 3).</summary>
public abstract class TypeSystemDefinitionNode : DefinitionNode;
