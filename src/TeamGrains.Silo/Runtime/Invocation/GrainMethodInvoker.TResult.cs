using System.Reflection;

namespace TeamGrains.Silo.Runtime.Invocation;

/// <summary>An invoker whose calls complete with a <typeparamref name="TResult"/> (<see cref="Unit"/> for none).</summary>
internal abstract class GrainMethodInvoker<TResult> : GrainMethodInvoker
{
    protected GrainMethodInvoker(MethodInfo method)
        : base(method)
    {
    }

    /// <summary>Runs the method on <paramref name="grain"/>; a synchronous throw becomes a faulted result.</summary>
    public abstract ValueTask<TResult> Call(Grain grain, object?[] args);
}
