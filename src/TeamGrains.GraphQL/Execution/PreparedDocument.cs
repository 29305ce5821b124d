using TeamGrains.GraphQL.Language;

namespace TeamGrains.GraphQL.Execution;

/// <summary>A parsed and validated request document with the selected operation and fragments indexed; cached and shared by requests.</summary>
internal sealed class PreparedDocument
{
    private PreparedDocument(DocumentNode? document, IReadOnlyList<GraphQLError> errors, OperationDefinitionNode? operation,
        Dictionary<string, FragmentDefinitionNode> fragments)
    {
        Document = document;
        Errors = errors;
        Operation = operation;
        Fragments = fragments;
    }

    public DocumentNode? Document { get; }

    /// <summary>Syntax, validation or operation-selection errors: when present, nothing executes.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }

    public OperationDefinitionNode? Operation { get; }

    public Dictionary<string, FragmentDefinitionNode> Fragments { get; }

    public static PreparedDocument Failed(IReadOnlyList<GraphQLError> errors) => new(null, errors, null, []);

    /// <summary>Spec 6.1 GetOperation(document, operationName).</summary>
    public static PreparedDocument Create(DocumentNode document, string? operationName)
    {
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        OperationDefinitionNode? selected = null;
        var operationCount = 0;
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                fragments.TryAdd(fragment.Name, fragment);
            }
            else if (definition is OperationDefinitionNode operation)
            {
                operationCount++;
                if (operationName is null ? operationCount == 1 : operation.Name == operationName)
                {
                    selected ??= operation;
                }
            }
        }

        string? error = null;
        if (operationName is null && operationCount > 1)
        {
            error = "Must provide operation name if query contains multiple operations.";
        }
        else if (selected is null)
        {
            error = operationName is null ? "Must provide an operation." : $"Unknown operation named \"{operationName}\".";
        }

        return error is null
            ? new PreparedDocument(document, [], selected, fragments)
            : new PreparedDocument(document, [new GraphQLError(error)], null, fragments);
    }
}
