using System.Reflection;

namespace TeamGrains.Silo.Runtime.Invocation;

/// <summary>Invoker for methods returning <see cref="Task"/>.</summary>
internal sealed class TaskInvoker(MethodInfo method, Func<object, object?[], Task> compiled)
    : ShapedInvoker<Task, Unit>(method, compiled)
{
    protected override bool IsCompletedSuccessfully(Task returned) => returned.IsCompletedSuccessfully;

    protected override ValueTask<Unit> Normalize(Task returned) => returned.IsCompletedSuccessfully ? default : AwaitAsync(returned);

    // Task<Unit> is a Task: the slow path's task is returned as is.
    protected override object Box(Task<Unit> result) => result;

    private static async ValueTask<Unit> AwaitAsync(Task task)
    {
        await task.ConfigureAwait(false);
        return default;
    }
}
