using TeamGrains.GraphQL.Language;

namespace TeamGrains.GraphQL.Validation.Rules;

/// <summary>
/// Operation Name Uniqueness: each named operation's name is unique in the document,
/// whatever the operation types.
/// https://spec.graphql.org/September2025/#sec-Operation-Name-Uniqueness
/// </summary>
public sealed class OperationNameUniquenessRule : ValidationRule
{
    public override void EnterDocument(ValidationContext context, DocumentNode node)
    {
        var definitions = node.Definitions;
        for (var i = 0; i < definitions.Count; i++)
        {
            if (definitions[i] is not OperationDefinitionNode { Name: { } name } operation)
            {
                continue;
            }

            // Report each later duplicate once, at the duplicate (documents hold few operations).
            for (var j = 0; j < i; j++)
            {
                if (definitions[j] is OperationDefinitionNode { Name: { } earlier } first && earlier == name)
                {
                    context.ReportError($"There can be only one operation named \"{name}\".", first, operation);
                    break;
                }
            }
        }
    }
}
