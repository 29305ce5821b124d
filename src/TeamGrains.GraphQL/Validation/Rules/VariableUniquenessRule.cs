using TeamGrains.GraphQL.Language;

namespace TeamGrains.GraphQL.Validation.Rules;

/// <summary>
/// Variable Uniqueness: an operation defines each variable name once.
/// https://spec.graphql.org/September2025/#sec-Variable-Uniqueness
/// </summary>
public sealed class VariableUniquenessRule : ValidationRule
{
    public override void EnterOperationDefinition(ValidationContext context, OperationDefinitionNode node)
    {
        var definitions = node.VariableDefinitions;
        for (var i = 1; i < definitions.Count; i++)
        {
            var name = definitions[i].Variable.Name;
            if (CountBefore(definitions, name, i) == 1)
            {
                // Reported once per name, at its second definition, listing every definition (as graphql-js does).
                var nodes = definitions.Where(d => d.Variable.Name == name).Select(d => (SyntaxNode)d.Variable).ToArray();
                context.ReportError($"There can be only one variable named \"${name}\".", nodes);
            }
        }
    }

    private static int CountBefore(IReadOnlyList<VariableDefinitionNode> definitions, string name, int index)
    {
        var count = 0;
        for (var i = 0; i < index; i++)
        {
            if (definitions[i].Variable.Name == name)
            {
                count++;
            }
        }

        return count;
    }
}
