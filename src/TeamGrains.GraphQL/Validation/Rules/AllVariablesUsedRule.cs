using TeamGrains.GraphQL.Language;

namespace TeamGrains.GraphQL.Validation.Rules;

/// <summary>
/// All Variables Used: every variable an operation defines is used by the operation or
/// by a fragment it spreads (transitively). A use in another variable's default does not count.
/// https://spec.graphql.org/September2025/#sec-All-Variables-Used
/// </summary>
public sealed class AllVariablesUsedRule : ValidationRule
{
    public override void LeaveDocument(ValidationContext context, DocumentNode node)
    {
        foreach (var definition in node.Definitions)
        {
            if (definition is not OperationDefinitionNode { VariableDefinitions.Count: > 0 } operation)
            {
                continue;
            }

            var usages = context.GetRecursiveVariableUsages(operation);
            for (var variableIndex = 0; variableIndex < operation.VariableDefinitions.Count; variableIndex++)
            {
                var variable = operation.VariableDefinitions[variableIndex];
                if (!IsUsed(usages, variable.Variable.Name))
                {
                    var message = operation.Name is { } name
                        ? $"Variable \"${variable.Variable.Name}\" is never used in operation \"{name}\"."
                        : $"Variable \"${variable.Variable.Name}\" is never used.";
                    context.ReportError(message, variable);
                }
            }
        }
    }

    private static bool IsUsed(IReadOnlyList<VariableUsage> usages, string name)
    {
        for (var usageIndex = 0; usageIndex < usages.Count; usageIndex++)
        {
            var usage = usages[usageIndex];
            if (usage.Node.Name == name)
            {
                return true;
            }
        }

        return false;
    }
}
