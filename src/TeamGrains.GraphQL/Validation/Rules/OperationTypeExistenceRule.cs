using TeamGrains.GraphQL.Language;

namespace TeamGrains.GraphQL.Validation.Rules;

/// <summary>
/// Operation Type Existence: a mutation or subscription needs the schema to have that root type.
/// https://spec.graphql.org/September2025/#sec-Operation-Type-Existence
/// </summary>
public sealed class OperationTypeExistenceRule : ValidationRule
{
    public override void EnterOperationDefinition(ValidationContext context, OperationDefinitionNode node)
    {
        if (context.TypeInfo.Type is null)
        {
            var operation = node.Operation switch
            {
                OperationType.Query => "query",
                OperationType.Mutation => "mutation",
                _ => "subscription",
            };
            context.ReportError($"The {operation} operation is not supported by the schema.", node);
        }
    }
}
