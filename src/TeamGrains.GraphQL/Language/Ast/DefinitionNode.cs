namespace TeamGrains.GraphQL.Language;

/// <summary>Definition : ExecutableDefinition | TypeSystemDefinitionOrExtension (spec 2.2).</summary>
public abstract class DefinitionNode : SyntaxNode;
