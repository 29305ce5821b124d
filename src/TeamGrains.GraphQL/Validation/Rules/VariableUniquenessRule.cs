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
            var firstIndex = IndexOf(definitions, name);
            if (firstIndex < i && IsFirstDuplicate(definitions, name, i))
            {
                // One error per name, listing every definition of it (as graphql-js does).
                var nodes = definitions.Where(d => d.Variable.Name == name).Select(d => (SyntaxNode)d.Variable).ToArray();
                context.ReportError($"There can be only one variable named \"${name}\".", nodes);
            }
        }
    }

    private static int IndexOf(IReadOnlyList<VariableDefinitionNode> definitions, string name)
    {
        for (var i = 0; i < definitions.Count; i++)
        {
            if (definitions[i].Variable.Name == name)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>True when index is the second definition of the name (the first duplicate).</summary>
    private static bool IsFirstDuplicate(IReadOnlyList<VariableDefinitionNode> definitions, string name, int index)
    {
        var seen = 0;
        for (var i = 0; i < index; i++)
        {
            if (definitions[i].Variable.Name == name)
            {
                seen++;
            }
        }

        return seen == 1;
    }
}
