namespace TeamGrains.GraphQL.Language;

/// <summary>ExecutableDefinition : OperationDefinition | FragmentDefinition (spec 2.2).</summary>
public abstract class ExecutableDefinitionNode : DefinitionNode;
