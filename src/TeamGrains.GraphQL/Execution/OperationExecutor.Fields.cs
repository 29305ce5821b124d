using TeamGrains.GraphQL.Types;

namespace TeamGrains.GraphQL.Execution;

internal sealed partial class OperationExecutor
{
    /// <summary>Spec 6.4 ExecuteField: coerce arguments, resolve, complete; errors become a null here (6.4.4).</summary>
    private ValueTask<object?> ExecuteField(ObjectType objectType, object? objectValue, FieldPlan field, ResultPath? parentPath)
    {
        var definition = field.Definition;
        if (ReferenceEquals(definition, IntrospectionFields.TypeName))
        {
            return new ValueTask<object?>(objectType.Name);
        }

        if (definition.IsDefaultLeaf && definition.Arguments.Count == 0 && !(_isSubscriptionEvent && parentPath is null))
        {
            return new ValueTask<object?>(ExecuteDefaultLeafField(objectValue, field, parentPath));
        }

        var path = ResultPath.Field(parentPath, field.ResponseKey);
        try
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (path.Depth > _options.MaxExecutionDepth)
            {
                throw new GraphQLException($"The response is nested deeper than {_options.MaxExecutionDepth} levels.");
            }


            var arguments = field.Arguments ??= CoerceArgumentValues(definition, field.FirstNode);
            var resolved = ResolveFieldValue(objectType, objectValue, field, arguments, path);
            if (resolved.IsCompletedSuccessfully)
            {
                return CompleteValue(definition.Type, field, resolved.Result, path);
            }

            return AwaitAndComplete(resolved, field, path);
        }
        catch (Exception exception) when (IsFieldError(exception))
        {
            return new ValueTask<object?>(HandleFieldError(exception, definition.Type, field, path));
        }
    }

    /// <summary>
    /// ExecuteField for the most common field: a scalar or enum read by the default resolver. Same
    /// semantics, but the response path is only built when an error needs it.
    /// </summary>
    private object? ExecuteDefaultLeafField(object? objectValue, FieldPlan field, ResultPath? parentPath)
    {
        var definition = field.Definition;
        try
        {
            var value = DefaultResolver.Resolve(objectValue, definition);
            if (value is null)
            {
                if (definition.Type is NonNullType)
                {
                    AddError(new GraphQLError($"Cannot return null for non-nullable field {definition.DeclaringType?.Name}.{definition.Name}.",
                        field.Locations, ResultPath.Field(parentPath, field.ResponseKey).ToList()));
                    return Invalid;
                }

                return null;
            }

            return CompleteLeafValue(definition.Type.Named, value);
        }
        catch (Exception exception) when (IsFieldError(exception))
        {
            return HandleFieldError(exception, definition.Type, field, ResultPath.Field(parentPath, field.ResponseKey));
        }
    }

    private async ValueTask<object?> AwaitAndComplete(ValueTask<object?> resolved, FieldPlan field, ResultPath path)
    {
        try
        {
            var value = await resolved.ConfigureAwait(false);
            return await CompleteValue(field.Definition.Type, field, value, path).ConfigureAwait(false);
        }
        catch (Exception exception) when (IsFieldError(exception))
        {
            return HandleFieldError(exception, field.Definition.Type, field, path);
        }
    }

    /// <summary>Spec 6.4.2 ResolveFieldValue: the bound resolver, or the default one (property or dictionary entry).</summary>
    private ValueTask<object?> ResolveFieldValue(ObjectType objectType, object? objectValue, FieldPlan field, IReadOnlyDictionary<string, object?> arguments, ResultPath path)
    {
        var definition = field.Definition;
        if (definition.Resolver is { } resolver)
        {
            return resolver(new ResolverContext(this, objectType, objectValue, field, arguments, path));
        }

        if (_isSubscriptionEvent && path.Parent is null)
        {
            return new ValueTask<object?>(objectValue);
        }

        return new ValueTask<object?>(DefaultResolver.Resolve(objectValue, definition));
    }

    /// <summary>Cancellation of the request itself ends the request; everything else is a field error.</summary>
    private bool IsFieldError(Exception exception)
        => !(exception is OperationCanceledException && _cancellationToken.IsCancellationRequested);

    private object? HandleFieldError(Exception exception, GraphQLType returnType, FieldPlan field, ResultPath path)
    {
        AddError(ToError(exception, field.Locations, path.ToList()));
        return NullOrPropagate(returnType);
    }

    /// <summary>GraphQLException keeps its message and code; other exceptions go through the filter, else "Unexpected error.".</summary>
    private GraphQLError ToError(Exception exception, IReadOnlyList<SourceLocation> locations, IReadOnlyList<object> path)
    {
        if (exception is GraphQLException graphQLException)
        {
            return graphQLException.ToError(locations, path);
        }

        if (_options.ErrorFilter?.Invoke(exception) is { } filtered)
        {
            return new GraphQLError(filtered.Message, locations, path, filtered.Extensions);
        }

        _options.OnUnexpectedError?.Invoke(exception);
        return new GraphQLError("Unexpected error.", locations, path);
    }
}
