using System.Linq.Expressions;
using System.Reflection;
using TeamGrains.Interfaces.Runtime;

namespace TeamGrains.Silo.Runtime.Invocation;

/// <summary>
/// Calls one grain interface method on an activation through a compiled delegate (no reflection per
/// call). One subclass per return shape: Task, Task&lt;T&gt;, ValueTask, ValueTask&lt;T&gt;.
/// </summary>
internal abstract class GrainMethodInvoker
{
    protected GrainMethodInvoker(MethodInfo method)
    {
        Name = method.Name;
        AlwaysInterleave = method.IsDefined(typeof(AlwaysInterleaveAttribute), inherit: true);
    }

    public string Name { get; }

    /// <summary>Runs outside the activation's turn (read-only queries that grains make of each other).</summary>
    public bool AlwaysInterleave { get; }

    /// <summary>Runs the call for <paramref name="reference"/>; returns what the interface method returns.</summary>
    public abstract object Invoke(GrainReference reference, object?[] args);

    public static GrainMethodInvoker Create(MethodInfo method)
    {
        var returnType = method.ReturnType;
        if (method.GetParameters().Any(p => p.ParameterType.IsByRef))
        {
            throw new InvalidOperationException($"Grain method {method.DeclaringType?.Name}.{method.Name} must not take ref or out parameters.");
        }

        Type invokerType;
        if (returnType == typeof(Task))
        {
            invokerType = typeof(TaskInvoker);
        }
        else if (returnType == typeof(ValueTask))
        {
            invokerType = typeof(ValueTaskInvoker);
        }
        else if (returnType.IsGenericType && returnType.GetGenericTypeDefinition() == typeof(Task<>))
        {
            invokerType = typeof(TaskOfTInvoker<>).MakeGenericType(returnType.GetGenericArguments());
        }
        else if (returnType.IsGenericType && returnType.GetGenericTypeDefinition() == typeof(ValueTask<>))
        {
            invokerType = typeof(ValueTaskOfTInvoker<>).MakeGenericType(returnType.GetGenericArguments());
        }
        else
        {
            throw new InvalidOperationException(
                $"Grain method {method.DeclaringType?.Name}.{method.Name} must return Task, Task<T>, ValueTask or ValueTask<T>.");
        }

        return (GrainMethodInvoker)Activator.CreateInstance(invokerType, method, Compile(method))!;
    }

    /// <summary>(grain, args) => ((IFoo)grain).Method((T0)args[0], ...), compiled once.</summary>
    private static Delegate Compile(MethodInfo method)
    {
        var grain = Expression.Parameter(typeof(object), "grain");
        var args = Expression.Parameter(typeof(object?[]), "args");
        var arguments = method.GetParameters().Select((p, i) =>
            (Expression)Expression.Convert(Expression.ArrayIndex(args, Expression.Constant(i)), p.ParameterType));
        var call = Expression.Call(Expression.Convert(grain, method.DeclaringType!), method, arguments);
        var delegateType = typeof(Func<,,>).MakeGenericType(typeof(object), typeof(object?[]), method.ReturnType);
        return Expression.Lambda(delegateType, call, grain, args).Compile();
    }
}
