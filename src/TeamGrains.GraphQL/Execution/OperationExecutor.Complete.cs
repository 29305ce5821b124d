using System.Collections;
using TeamGrains.GraphQL.Types;

namespace TeamGrains.GraphQL.Execution;

internal sealed partial class OperationExecutor
{
    /// <summary>Spec 6.4.3 CompleteValue: non-null checks, lists, leaves, objects and abstract types.</summary>
    private ValueTask<object?> CompleteValue(GraphQLType type, FieldPlan field, object? value, ResultPath path)
    {
        if (type is NonNullType nonNull)
        {
            if (value is null)
            {
                AddError(new GraphQLError($"Cannot return null for non-nullable field {field.Definition.DeclaringType?.Name}.{field.Definition.Name}.",
                    field.Locations, path.ToList()));
                return new ValueTask<object?>(Invalid);
            }

            var inner = CompleteValue(nonNull.OfType, field, value, path);
            if (inner.IsCompletedSuccessfully)
            {
                return new ValueTask<object?>(inner.Result ?? Invalid);
            }

            return AwaitNonNull(inner);
        }

        if (value is null)
        {
            return new ValueTask<object?>((object?)null);
        }

        var completed = type switch
        {
            ListType list => CompleteListValue(list, field, value, path),
            ScalarType or EnumType => new ValueTask<object?>(CompleteLeafValue((NamedType)type, value)),
            ObjectType objectType => CompleteObjectValue(objectType, field, value, path),
            _ => CompleteObjectValue(ResolveAbstractType((IAbstractType)type, field, value, path), field, value, path),
        };

        // A nullable position absorbs a propagated null from below.
        if (completed.IsCompletedSuccessfully)
        {
            return new ValueTask<object?>(completed.Result == Invalid ? null : completed.Result);
        }

        return AwaitNullable(completed);
    }

    /// <summary>CompleteValue for leaves (spec 6.4.3): the scalar's result coercion, or the enum value's name.</summary>
    private static object CompleteLeafValue(NamedType type, object value)
    {
        if (type is ScalarType scalar)
        {
            return scalar.Converter.Serialize(value) ?? throw new GraphQLException($"{scalar.Name} cannot represent value: {Inspect.Value(value)}");
        }

        var enumType = (EnumType)type;
        return enumType.FindValueForResult(value)?.Name ?? throw new GraphQLException($"Enum \"{enumType.Name}\" cannot represent value: {Inspect.Value(value)}");
    }

    private static async ValueTask<object?> AwaitNonNull(ValueTask<object?> inner) => await inner.ConfigureAwait(false) ?? Invalid;

    private static async ValueTask<object?> AwaitNullable(ValueTask<object?> completed)
    {
        var value = await completed.ConfigureAwait(false);
        return value == Invalid ? null : value;
    }

    /// <summary>CompleteValue for lists: each item completes with its own path; an item error nulls only that item (or propagates).</summary>
    private ValueTask<object?> CompleteListValue(ListType type, FieldPlan field, object value, ResultPath path)
    {
        if (value is string || value is not IEnumerable enumerable)
        {
            throw new GraphQLException($"Expected Iterable, but did not find one for field \"{field.Definition.DeclaringType?.Name}.{field.Definition.Name}\".");
        }

        var items = value is ICollection collection ? new List<object?>(collection.Count) : [];
        List<(int Index, Task<object?> Task)>? pending = null;
        var propagate = false;
        var index = 0;
        foreach (var item in enumerable)
        {
            var itemPath = ResultPath.Item(path, index);
            ValueTask<object?> completed;
            try
            {
                completed = CompleteValue(type.OfType, field, item, itemPath);
            }
            catch (Exception exception) when (IsFieldError(exception))
            {
                completed = new ValueTask<object?>(HandleFieldError(exception, type.OfType, field, itemPath));
            }

            if (completed.IsCompletedSuccessfully)
            {
                items.Add(completed.Result);
                if (completed.Result == Invalid)
                {
                    propagate = true;
                    break;
                }
            }
            else
            {
                items.Add(null);
                (pending ??= []).Add((index, CompleteItemAsync(completed, type.OfType, field, itemPath)));
            }

            index++;
        }

        if (pending is null)
        {
            return new ValueTask<object?>(propagate ? Invalid : items.ToArray());
        }

        return AwaitItems(items, pending, propagate);
    }

    private async Task<object?> CompleteItemAsync(ValueTask<object?> completed, GraphQLType itemType, FieldPlan field, ResultPath itemPath)
    {
        try
        {
            return await completed.ConfigureAwait(false);
        }
        catch (Exception exception) when (IsFieldError(exception))
        {
            return HandleFieldError(exception, itemType, field, itemPath);
        }
    }

    private static async ValueTask<object?> AwaitItems(List<object?> items, List<(int Index, Task<object?> Task)> pending, bool propagate)
    {
        foreach (var (index, task) in pending)
        {
            var value = await task.ConfigureAwait(false);
            propagate |= value == Invalid;
            items[index] = value;
        }

        return propagate ? Invalid : items.ToArray();
    }

    /// <summary>CompleteValue for objects: the merged sub-selection (spec 6.4.3 CollectSubfields), executed on the value.</summary>
    private ValueTask<object?> CompleteObjectValue(ObjectType objectType, FieldPlan field, object value, ResultPath path)
    {
        if (!field.TryGetSubFields(objectType, out var subFields))
        {
            subFields = CollectSubfields(objectType, field);
            field.SetSubFields(objectType, subFields);
        }

        return ExecuteSelectionSet(subFields, objectType, value, path);
    }

    /// <summary>
    /// Spec 6.4.3 ResolveAbstractType: the bound TypeResolver, else a "__typename" entry of a dictionary,
    /// else the .NET type bound to (or named like) an object type, else the only possible type.
    /// </summary>
    private ObjectType ResolveAbstractType(IAbstractType abstractType, FieldPlan field, object value, ResultPath path)
    {
        string? typeName;
        if (abstractType.TypeResolver is { } resolver)
        {
            typeName = resolver(value, new ResolverContext(this, field.Definition.DeclaringType as ObjectType ?? _schema.QueryType, value, field, field.Arguments ?? EmptyArguments, path), abstractType);
        }
        else
        {
            typeName = value switch
            {
                IReadOnlyDictionary<string, object?> map when map.TryGetValue("__typename", out var name) => name as string,
                IDictionary<string, object?> map when map.TryGetValue("__typename", out var name) => name as string,
                _ => _schema.GetRuntimeType(value.GetType())?.Name ?? (abstractType.PossibleTypes.Count == 1 ? abstractType.PossibleTypes[0].Name : null),
            };
        }

        if (typeName is null)
        {
            throw new GraphQLException($"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{field.Definition}\". Bind a type resolver, a runtime type, or return a \"__typename\".");
        }

        if (_schema.GetType(typeName) is not ObjectType objectType)
        {
            throw new GraphQLException($"Abstract type \"{abstractType.Name}\" was resolved to a type \"{typeName}\" that does not exist inside the schema.");
        }

        if (!abstractType.IsPossibleType(objectType))
        {
            throw new GraphQLException($"Runtime Object type \"{objectType.Name}\" is not a possible type for \"{abstractType.Name}\".");
        }

        return objectType;
    }
}
