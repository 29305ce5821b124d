using System.Reflection;

namespace TeamGrains.Silo.Runtime.Invocation;

/// <summary>Invoker for methods returning <see cref="ValueTask"/>.</summary>
internal sealed class ValueTaskInvoker(MethodInfo method, Func<object, object?[], ValueTask> compiled)
    : ShapedInvoker<ValueTask, Unit>(method, compiled)
{
    protected override bool IsCompletedSuccessfully(ValueTask returned) => returned.IsCompletedSuccessfully;

    protected override ValueTask<Unit> Normalize(ValueTask returned) => returned.IsCompletedSuccessfully ? default : AwaitAsync(returned);

    protected override object Box(Task<Unit> result) => new ValueTask(result);

    private static async ValueTask<Unit> AwaitAsync(ValueTask task)
    {
        await task.ConfigureAwait(false);
        return default;
    }
}
