using System.Runtime.CompilerServices;
using TeamGrains.GraphQL.Execution;
using TeamGrains.GraphQL.Language;
using TeamGrains.GraphQL.Types;
using TeamGrains.GraphQL.Validation;

namespace TeamGrains.GraphQL;

/// <summary>
/// Runs requests against one schema (spec 6): prepare the document (parse + validate, cached), select
/// the operation, coerce variables, execute. Thread-safe; create one per schema and reuse it.
/// </summary>
public sealed class GraphQLExecutor
{
    private readonly Schema _schema;
    private readonly ExecutionOptions _options;
    private readonly DocumentCache _cache;
    private readonly Func<string, string?, PreparedDocument> _prepare;

    public GraphQLExecutor(Schema schema, ExecutionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        _schema = schema;
        _options = options ?? ExecutionOptions.Default;
        _cache = new DocumentCache(_options.DocumentCacheSize, _options.DocumentCacheMaxQueryLength);
        _prepare = Prepare;
    }

    public Schema Schema => _schema;

    /// <summary>Documents currently cached.</summary>
    public int CachedDocumentCount => _cache.Count;

    /// <summary>
    /// The type of the operation a request would run (e.g. to refuse mutations over HTTP GET), from
    /// the document cache; null when the document does not parse, validate or select an operation.
    /// </summary>
    public OperationType? GetOperationType(string query, string? operationName)
    {
        ArgumentNullException.ThrowIfNull(query);
        return _cache.GetOrAdd(query, operationName, _prepare).Operation?.Operation;
    }

    /// <summary>
    /// Executes a query or mutation. Subscriptions are refused here (use <see cref="SubscribeAsync"/>).
    /// Cancelling <paramref name="cancellationToken"/> throws <see cref="OperationCanceledException"/>.
    /// </summary>
    public async Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (executor, errors) = Start(request, cancellationToken);
        if (executor is null)
        {
            return errors!;
        }

        if (executor.Operation.Operation == OperationType.Subscription)
        {
            return ExecutionResult.FromError(new GraphQLError("Subscriptions must be executed with SubscribeAsync.",
                [new SourceLocation(executor.Operation.Location.Line, executor.Operation.Location.Column)]));
        }

        return await executor.ExecuteOperationAsync(request.RootValue).ConfigureAwait(false);
    }

    /// <summary>
    /// Spec 6.2.3 Subscribe: either errors, or a stream with one result per event (spec 6.2.3.2
    /// MapSourceToResponseEvent). The stream ends when the source ends or the token is cancelled.
    /// </summary>
    public async Task<SubscriptionResult> SubscribeAsync(GraphQLRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (executor, errors) = Start(request, cancellationToken);
        if (executor is null)
        {
            return SubscriptionResult.FromErrors(errors!);
        }

        if (executor.Operation.Operation != OperationType.Subscription)
        {
            return SubscriptionResult.FromErrors(ExecutionResult.FromError(new GraphQLError("SubscribeAsync needs a subscription operation.")));
        }

        var (stream, failure) = await executor.CreateSourceEventStreamAsync().ConfigureAwait(false);
        if (stream is null)
        {
            return SubscriptionResult.FromErrors(failure!);
        }

        return SubscriptionResult.FromStream(MapSourceToResponseEvent(stream, request, executor.Document, executor.Variables, cancellationToken));
    }

    /// <summary>Spec 6.2.3.2 MapSourceToResponseEvent: each event executed as its own operation (own errors).</summary>
    private async IAsyncEnumerable<ExecutionResult> MapSourceToResponseEvent(IAsyncEnumerable<object?> stream, GraphQLRequest request,
        PreparedDocument document, IReadOnlyDictionary<string, object?> variables, CancellationToken subscribeToken, [EnumeratorCancellation] CancellationToken enumerationToken = default)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(subscribeToken, enumerationToken);
        var token = linked.Token;
        await foreach (var sourceEvent in stream.WithCancellation(token).ConfigureAwait(false))
        {
            var executor = new OperationExecutor(_schema, document, request, variables, _options, token);
            yield return await executor.ExecuteSubscriptionEventAsync(sourceEvent).ConfigureAwait(false);
        }
    }

    /// <summary>Spec 6.1 Executing Requests: prepared document, selected operation, coerced variables.</summary>
    private (OperationExecutor? Executor, ExecutionResult? Errors) Start(GraphQLRequest request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var document = _cache.GetOrAdd(request.Query ?? string.Empty, request.OperationName, _prepare);
        if (document.Errors.Count > 0)
        {
            return (null, ExecutionResult.FromErrors(document.Errors));
        }

        var errors = new List<GraphQLError>();
        var variables = VariableValues.Coerce(_schema, document.Operation!, request.GetVariables(), errors);
        if (errors.Count > 0)
        {
            return (null, ExecutionResult.FromErrors(errors));
        }

        return (new OperationExecutor(_schema, document, request, variables, _options, cancellationToken), null);
    }

    private PreparedDocument Prepare(string query, string? operationName)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(query, _options.Parser);
        }
        catch (GraphQLSyntaxException exception)
        {
            return PreparedDocument.Failed([exception.Error]);
        }

        if (!_options.EnableIntrospection && IntrospectionGuard.FindSchemaIntrospection(document) is { } field)
        {
            return PreparedDocument.Failed([new GraphQLError(
                "GraphQL introspection is not allowed, but the query contained __schema or __type.",
                [new SourceLocation(field.Location.Line, field.Location.Column)],
                extensions: new Dictionary<string, object?> { ["code"] = IntrospectionGuard.ErrorCode })]);
        }

        var validationErrors = DocumentValidator.Validate(_schema, document, _options.Validation);
        if (validationErrors.Count > 0)
        {
            return PreparedDocument.Failed(validationErrors);
        }

        return PreparedDocument.Create(document, operationName);
    }
}
