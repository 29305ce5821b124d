using System.Reflection;

namespace TeamGrains.Silo.Runtime.Invocation;

/// <summary>Invoker for methods returning <see cref="Task{TResult}"/>.</summary>
internal sealed class TaskOfTInvoker<T>(MethodInfo method, Func<object, object?[], Task<T>> compiled)
    : ShapedInvoker<Task<T>, T>(method, compiled)
{
    protected override bool IsCompletedSuccessfully(Task<T> returned) => returned.IsCompletedSuccessfully;

    protected override ValueTask<T> Normalize(Task<T> returned) => new(returned);

    protected override object Box(Task<T> result) => result;
}
