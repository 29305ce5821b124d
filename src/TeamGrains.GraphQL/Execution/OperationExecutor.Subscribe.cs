using TeamGrains.GraphQL.Types;

namespace TeamGrains.GraphQL.Execution;

internal sealed partial class OperationExecutor
{
    /// <summary>
    /// Spec 6.2.3.1 CreateSourceEventStream: the single root field's arguments are coerced and its
    /// subscription source called. Errors are returned as a result (no "data").
    /// </summary>
    public async ValueTask<(IAsyncEnumerable<object?>? Stream, ExecutionResult? Errors)> CreateSourceEventStreamAsync()
    {
        var rootType = _schema.SubscriptionType;
        if (rootType is null)
        {
            return (null, ExecutionResult.FromError(new GraphQLError("Schema is not configured to execute subscription operation.",
                [new SourceLocation(Operation.Location.Line, Operation.Location.Column)])));
        }

        var fields = CollectRootFields(rootType, Operation.SelectionSet);
        if (fields.Fields.Length == 0)
        {
            return (null, ExecutionResult.FromError(new GraphQLError("Subscription operation must select a field of the subscription type.")));
        }

        var field = fields.Fields[0];
        var definition = field.Definition;
        var path = ResultPath.Field(null, field.ResponseKey);
        if (definition.SubscriptionSource is not { } source)
        {
            return (null, ExecutionResult.FromError(new GraphQLError(
                $"Subscription field \"{rootType.Name}.{definition.Name}\" has no event source.", field.Locations, path.ToList())));
        }

        try
        {
            var arguments = field.Arguments ??= CoerceArgumentValues(definition, field.FirstNode);
            var stream = await source(new ResolverContext(this, rootType, _request.RootValue, field, arguments, path)).ConfigureAwait(false);
            return (stream, null);
        }
        catch (Exception exception) when (IsFieldError(exception))
        {
            return (null, ExecutionResult.FromError(ToError(exception, field.Locations, path.ToList())));
        }
    }
}
