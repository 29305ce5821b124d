using System.Collections.Concurrent;
using TeamGrains.GraphQL;
using TeamGrains.GraphQL.Language;

namespace TeamGrains.Gateway.Execution;

/// <summary>
/// Finds which kind of operation a request selects before it runs (a mutation over GET is refused, a
/// mutation is charged to its own budget). Parsed answers are remembered for repeated documents.
/// </summary>
public sealed class OperationKinds(ParserOptions parserOptions)
{
    private const int MaxEntries = 2048;
    private readonly ConcurrentDictionary<(string Query, string? OperationName), OperationKind?> _known = new();

    public OperationKind? Of(string query, string? operationName)
    {
        if (_known.TryGetValue((query, operationName), out var kind))
        {
            return kind;
        }

        kind = Parse(query, operationName);
        if (_known.Count >= MaxEntries)
        {
            _known.Clear(); // A crude bound: documents from real clients repeat, so the set refills quickly.
        }

        _known[(query, operationName)] = kind;
        return kind;
    }

    private OperationKind? Parse(string query, string? operationName)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(query, parserOptions);
        }
        catch (GraphQLSyntaxException)
        {
            return null;
        }

        var operations = document.Definitions.OfType<OperationDefinitionNode>().ToList();
        var selected = operationName is null
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.FirstOrDefault(o => o.Name == operationName);
        return selected?.Operation switch
        {
            OperationType.Query => OperationKind.Query,
            OperationType.Mutation => OperationKind.Mutation,
            OperationType.Subscription => OperationKind.Subscription,
            _ => null,
        };
    }
}
