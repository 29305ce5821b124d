using TeamGrains.GraphQL.Language;
using TeamGrains.GraphQL.Types;

namespace TeamGrains.GraphQL.Validation;

/// <summary>
/// Entry point of request validation (spec 5), called by the executor before execution. This is a
/// placeholder that accepts every document: the rules are built on the gql-validation branch, which
/// replaces this file.
/// </summary>
public static class DocumentValidator
{
    public static IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        return [];
    }
}
