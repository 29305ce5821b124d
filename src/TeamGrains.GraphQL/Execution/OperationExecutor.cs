using TeamGrains.GraphQL.Language;
using TeamGrains.GraphQL.Types;

namespace TeamGrains.GraphQL.Execution;

/// <summary>
/// Executes one operation (spec 6.2-6.4) and holds its per-request state: coerced variables, errors,
/// collected-field caches. Method names follow the spec's algorithms. Every step returns a
/// <see cref="ValueTask{TResult}"/> that completes synchronously when resolvers do, so plain queries
/// never allocate tasks.
/// <para>Incremental delivery (@defer/@stream) would slot in at CollectFields (deferred fragments are
/// collected into separate groups) and at ExecuteSelectionSet/CompleteListValue (which would hand the
/// deferred groups and remaining list items to a publisher yielding subsequent payloads); results are
/// already built per field by index, so nothing else depends on everything completing at once.</para>
/// </summary>
internal sealed partial class OperationExecutor
{
    /// <summary>Marks a null that must propagate to the parent (spec 6.4.4): the error is already recorded.</summary>
    private static readonly object Invalid = new();

    private readonly Schema _schema;
    private readonly PreparedDocument _document;
    private readonly ExecutionOptions _options;
    private readonly GraphQLRequest _request;
    private readonly CancellationToken _cancellationToken;
    private readonly Lock _lock = new();
    private List<GraphQLError>? _errors;
    private CollectedFields? _rootFields;
    private System.Collections.Concurrent.ConcurrentDictionary<string, object?>? _items;

    /// <summary>For a subscription event: the event is the value of the root field (unless it has a resolver).</summary>
    private bool _isSubscriptionEvent;

    public OperationExecutor(Schema schema, PreparedDocument document, GraphQLRequest request, IReadOnlyDictionary<string, object?> variables,
        ExecutionOptions options, CancellationToken cancellationToken)
    {
        _schema = schema;
        _document = document;
        _request = request;
        Variables = variables;
        _options = options;
        _cancellationToken = cancellationToken;
    }

    public IReadOnlyDictionary<string, object?> Variables { get; }

    public Schema Schema => _schema;

    public PreparedDocument Document => _document;

    public OperationDefinitionNode Operation => _document.Operation!;

    public GraphQLRequest Request => _request;

    public CancellationToken CancellationToken => _cancellationToken;

    public IDictionary<string, object?> Items
    {
        get
        {
            lock (_lock)
            {
                return _items ??= new System.Collections.Concurrent.ConcurrentDictionary<string, object?>(StringComparer.Ordinal);
            }
        }
    }

    /// <summary>Spec 6.2.1-6.2.2 ExecuteQuery / ExecuteMutation: the root selection set, then the response.</summary>
    public async ValueTask<ExecutionResult> ExecuteOperationAsync(object? rootValue)
    {
        var operation = Operation;
        var rootType = _schema.GetRootType(operation.Operation);
        if (rootType is null)
        {
            // Execution has started (as in graphql-js), so "data" is present, and null.
            return new ExecutionResult(null, hasData: true, [new GraphQLError(
                $"Schema is not configured to execute {operation.Operation.ToString().ToLowerInvariant()} operation.",
                [new SourceLocation(operation.Location.Line, operation.Location.Column)])], null);
        }

        var fields = CollectRootFields(rootType, operation.SelectionSet);
        var data = operation.Operation == OperationType.Mutation
            ? await ExecuteFieldsSerially(fields, rootType, rootValue).ConfigureAwait(false)
            : await ExecuteSelectionSet(fields, rootType, rootValue, null).ConfigureAwait(false);
        return new ExecutionResult(data as ResultMap, hasData: true, Errors(), null);
    }

    /// <summary>Spec 6.2.3.2 ExecuteSubscriptionEvent: the root selection set over one event.</summary>
    public async ValueTask<ExecutionResult> ExecuteSubscriptionEventAsync(object? sourceEvent)
    {
        _isSubscriptionEvent = true;
        var rootType = _schema.SubscriptionType!;
        var fields = CollectRootFields(rootType, Operation.SelectionSet);
        var data = await ExecuteSelectionSet(fields, rootType, sourceEvent, null).ConfigureAwait(false);
        return new ExecutionResult(data as ResultMap, hasData: true, Errors(), null);
    }

    private List<GraphQLError>? Errors()
    {
        lock (_lock)
        {
            return _errors is null ? null : [.. _errors];
        }
    }

    private void AddError(GraphQLError error)
    {
        lock (_lock)
        {
            (_errors ??= []).Add(error);
        }
    }

    private CollectedFields CollectRootFields(ObjectType rootType, SelectionSetNode selectionSet)
    {
        // One operation per executor, so one root selection set.
        return _rootFields ??= CollectFields(rootType, [selectionSet]);
    }

    /// <summary>
    /// Spec 6.3 ExecuteSelectionSet (normal, i.e. possibly parallel, execution): every field starts
    /// before any asynchronous one is awaited, so independent resolvers overlap.
    /// </summary>
    private ValueTask<object?> ExecuteSelectionSet(CollectedFields collected, ObjectType objectType, object? objectValue, ResultPath? path)
    {
        var fields = collected.Fields;
        var result = new ResultMap(collected.Keys);
        List<(int Index, Task<object?> Task)>? pending = null;
        var propagate = false;
        for (var i = 0; i < fields.Length; i++)
        {
            var field = fields[i];
            var value = ExecuteField(objectType, objectValue, field, path);
            if (value.IsCompletedSuccessfully)
            {
                var completed = value.Result;
                result.SetValue(i, completed);
                if (completed == Invalid)
                {
                    // This object is null now: later siblings would be wasted work (graphql-js stops too).
                    propagate = true;
                    break;
                }
            }
            else
            {
                (pending ??= []).Add((i, value.AsTask()));
            }
        }

        if (pending is null)
        {
            return new ValueTask<object?>(propagate ? Invalid : result);
        }

        return AwaitFields(result, pending, propagate);
    }

    private static async ValueTask<object?> AwaitFields(ResultMap result, List<(int Index, Task<object?> Task)> pending, bool propagate)
    {
        foreach (var (index, task) in pending)
        {
            var value = await task.ConfigureAwait(false);
            propagate |= value == Invalid;
            result.SetValue(index, value);
        }

        return propagate ? Invalid : result;
    }

    /// <summary>Spec 6.3.1 Executing Selection Sets serially (mutations): each root field completes before the next starts.</summary>
    private async ValueTask<object?> ExecuteFieldsSerially(CollectedFields collected, ObjectType objectType, object? objectValue)
    {
        var fields = collected.Fields;
        var result = new ResultMap(collected.Keys);
        var propagate = false;
        for (var i = 0; i < fields.Length; i++)
        {
            var value = await ExecuteField(objectType, objectValue, fields[i], null).ConfigureAwait(false);
            result.SetValue(i, value);
            if (value == Invalid)
            {
                propagate = true;
                break;
            }
        }

        return propagate ? Invalid : result;
    }

    /// <summary>
    /// Spec 6.4.4 Handling Execution Errors, the one place nulls propagate: an error or null in a
    /// non-null position makes the parent null (Invalid travels up); a nullable position absorbs it.
    /// </summary>
    private static object? NullOrPropagate(GraphQLType type) => type is NonNullType ? Invalid : null;
}
