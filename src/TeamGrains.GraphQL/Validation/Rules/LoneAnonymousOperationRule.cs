using TeamGrains.GraphQL.Language;

namespace TeamGrains.GraphQL.Validation.Rules;

/// <summary>
/// Lone Anonymous Operation (spec 5.2.2.1): an operation without a name must be the only operation
/// of its document, or the server could not tell which one to run.
/// https://spec.graphql.org/September2025/#sec-Lone-Anonymous-Operation
/// </summary>
public sealed class LoneAnonymousOperationRule : ValidationRule
{
    public override void EnterDocument(ValidationContext context, DocumentNode node)
    {
        var operations = 0;
        foreach (var definition in node.Definitions)
        {
            if (definition is OperationDefinitionNode)
            {
                operations++;
            }
        }

        if (operations < 2)
        {
            return;
        }

        foreach (var definition in node.Definitions)
        {
            if (definition is OperationDefinitionNode { Name: null } anonymous)
            {
                context.ReportError("This anonymous operation must be the only defined operation.", anonymous);
            }
        }
    }
}
