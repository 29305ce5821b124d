using TeamGrains.GraphQL.Language;

namespace TeamGrains.GraphQL.Validation.Rules;

/// <summary>
/// All Variable Uses Defined (spec 5.8.3): every variable used by an operation, directly or in the
/// fragments it spreads (transitively), is defined by that operation.
/// https://spec.graphql.org/September2025/#sec-All-Variable-Uses-Defined
/// </summary>
public sealed class AllVariableUsesDefinedRule : ValidationRule
{
    public override void LeaveDocument(ValidationContext context, DocumentNode node)
    {
        foreach (var definition in node.Definitions)
        {
            if (definition is not OperationDefinitionNode operation)
            {
                continue;
            }

            foreach (var usage in context.GetRecursiveVariableUsages(operation))
            {
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
        foreach (var definition in operation.VariableDefinitions)
        {
            if (definition.Variable.Name == name)
            {
                return definition;
            }
        }

        return null;
    }
}
