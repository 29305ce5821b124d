using TeamGrains.GraphQL.Language;

namespace TeamGrains.GraphQL.Validation.Rules;

/// <summary>
/// Lone Anonymous Operation: an operation without a name must be the only operation
/// of its document, or the server could not tell which one to run.
/// https://spec.graphql.org/September2025/#sec-Lone-Anonymous-Operation
/// </summary>
public sealed class LoneAnonymousOperationRule : ValidationRule
{
    public override void EnterDocument(ValidationContext context, DocumentNode node)
    {
        var operations = 0;
        for (var definitionIndex = 0; definitionIndex < node.Definitions.Count; definitionIndex++)
        {
            var definition = node.Definitions[definitionIndex];
            if (definition is OperationDefinitionNode)
            {
                operations++;
            }
        }

        if (operations < 2)
        {
            return;
        }

        for (var definitionIndex = 0; definitionIndex < node.Definitions.Count; definitionIndex++)
        {
            var definition = node.Definitions[definitionIndex];
            if (definition is OperationDefinitionNode { Name: null } anonymous)
            {
                context.ReportError("This anonymous operation must be the only defined operation.", anonymous);
            }
        }
    }
}
