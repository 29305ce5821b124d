using TeamGrains.GraphQL.Language;

namespace TeamGrains.GraphQL.Validation.Rules;

/// <summary>
/// All Variable Uses Defined: every variable used by an operation, directly or in the
/// fragments it spreads (transitively), is defined by that operation.
/// https://spec.graphql.org/September2025/#sec-All-Variable-Uses-Defined
/// </summary>
public sealed class AllVariableUsesDefinedRule : ValidationRule
{
    public override void LeaveDocument(ValidationContext context, DocumentNode node)
    {
        for (var definitionIndex = 0; definitionIndex < node.Definitions.Count; definitionIndex++)
        {
            var definition = node.Definitions[definitionIndex];
            if (definition is not OperationDefinitionNode operation)
            {
                continue;
            }

            for (var usageIndex = 0; usageIndex < context.GetRecursiveVariableUsages(operation).Count; usageIndex++)
            {
                var usage = context.GetRecursiveVariableUsages(operation)[usageIndex];
                if (FindDefinition(operation, usage.Node.Name) is null)
                {
                    var message = operation.Name is { } name
                        ? $"Variable \"${usage.Node.Name}\" is not defined by operation \"{name}\"."
                        : $"Variable \"${usage.Node.Name}\" is not defined.";
                    context.ReportError(message, usage.Node, operation);
                }
            }
        }
    }

    internal static VariableDefinitionNode? FindDefinition(OperationDefinitionNode operation, string name)
    {
        for (var definitionIndex = 0; definitionIndex < operation.VariableDefinitions.Count; definitionIndex++)
        {
            var definition = operation.VariableDefinitions[definitionIndex];
            if (definition.Variable.Name == name)
            {
                return definition;
            }
        }

        return null;
    }
}
