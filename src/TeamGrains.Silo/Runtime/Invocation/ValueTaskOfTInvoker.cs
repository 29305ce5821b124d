using System.Reflection;

namespace TeamGrains.Silo.Runtime.Invocation;

/// <summary>Invoker for methods returning <see cref="ValueTask{TResult}"/>.</summary>
internal sealed class ValueTaskOfTInvoker<T>(MethodInfo method, Func<object, object?[], ValueTask<T>> compiled)
    : ShapedInvoker<ValueTask<T>, T>(method, compiled)
{
    protected override bool IsCompletedSuccessfully(ValueTask<T> returned) => returned.IsCompletedSuccessfully;

    protected override ValueTask<T> Normalize(ValueTask<T> returned) => returned;

    protected override object Box(Task<T> result) => new ValueTask<T>(result);
}
