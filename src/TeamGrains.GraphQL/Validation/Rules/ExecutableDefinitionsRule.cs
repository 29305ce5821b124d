using TeamGrains.GraphQL.Language;

namespace TeamGrains.GraphQL.Validation.Rules;

/// <summary>
/// Executable Definitions: a document sent for execution holds only operations and
/// fragments; type-system definitions and extensions are rejected.
/// https://spec.graphql.org/September2025/#sec-Executable-Definitions
/// </summary>
public sealed class ExecutableDefinitionsRule : ValidationRule
{
    public override void EnterNonExecutableDefinition(ValidationContext context, DefinitionNode node)
    {
        var name = node switch
        {
            SchemaDefinitionNode or SchemaExtensionNode => "schema",
            TypeDefinitionNode type => $"\"{type.Name}\"",
            TypeExtensionNode extension => $"\"{extension.Name}\"",
            DirectiveDefinitionNode directive => $"\"{directive.Name}\"",
            _ => "\"?\"",
        };
        context.ReportError($"The {name} definition is not executable.", node);
    }
}
