using System.Collections.Concurrent;
using System.Reflection;

namespace TeamGrains.GraphQL.Execution;

/// <summary>Awaits a Task of unknown result type (a sync resolver that returned a Task) and reads its result.</summary>
internal static class TaskResults
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo?> ResultProperties = new();

    public static async ValueTask<object?> AwaitAsync(Task task)
    {
        await task.ConfigureAwait(false);
        var property = ResultProperties.GetOrAdd(task.GetType(), static type =>
            type.IsGenericType && type.GetProperty("Result") is { } result && result.PropertyType.Name != "VoidTaskResult" ? result : null);
        return property?.GetValue(task);
    }
}
