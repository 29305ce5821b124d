using System.Diagnostics;
using System.Reflection;

namespace TeamGrains.Silo.Runtime.Invocation;

/// <summary>
/// The call path shared by every return shape <typeparamref name="TReturn"/>. Warm path: the
/// reference's cached activation is valid and its turn is free, the method completes synchronously:
/// no allocation beyond what the method itself returns. Everything else (activation, waiting for the
/// turn, timeouts, conflict retries) goes through <see cref="GrainDispatcher"/>.
/// </summary>
internal abstract class ShapedInvoker<TReturn, TResult> : GrainMethodInvoker<TResult>
{
    private readonly Func<object, object?[], TReturn> _method;

    protected ShapedInvoker(MethodInfo method, Func<object, object?[], TReturn> compiled)
        : base(method)
    {
        _method = compiled;
    }

    public sealed override object Invoke(GrainReference reference, object?[] args)
    {
        var activation = reference.WarmActivation;
        if (activation is not null)
        {
            if (AlwaysInterleave)
            {
                return InvokeInterleaved(reference, activation, args);
            }

            if (activation.TryEnterTurn())
            {
                if (activation.IsValid)
                {
                    return InvokeInTurn(reference, activation, args);
                }

                activation.ExitTurn();
            }
        }

        return Box(reference.Dispatcher.CallAsync(reference, args, this));
    }

    public sealed override ValueTask<TResult> Call(Grain grain, object?[] args)
    {
        try
        {
            return Normalize(_method(grain, args));
        }
        catch (Exception exception)
        {
            return ValueTask.FromException<TResult>(exception);
        }
    }

    protected abstract bool IsCompletedSuccessfully(TReturn returned);

    protected abstract ValueTask<TResult> Normalize(TReturn returned);

    /// <summary>What the interface method returns, for a result produced by the slow path.</summary>
    protected abstract object Box(Task<TResult> result);

    private object InvokeInTurn(GrainReference reference, GrainActivation activation, object?[] args)
    {
        var dispatcher = reference.Dispatcher;
        var start = dispatcher.Metrics.TimingEnabled ? Stopwatch.GetTimestamp() : 0;
        TReturn returned;
        try
        {
            returned = _method(activation.Grain, args);
        }
        catch (Exception exception)
        {
            return Box(dispatcher.ContinueInTurnAsync(reference, activation, ValueTask.FromException<TResult>(exception), args, this, Stopwatch.GetTimestamp()));
        }

        if (IsCompletedSuccessfully(returned))
        {
            activation.EndCall();
            dispatcher.Metrics.CallCompleted(activation.Registration.TypeName, start);
            return returned!;
        }

        return Box(dispatcher.ContinueInTurnAsync(reference, activation, Normalize(returned), args, this, start == 0 ? Stopwatch.GetTimestamp() : start));
    }

    private object InvokeInterleaved(GrainReference reference, GrainActivation activation, object?[] args)
    {
        var dispatcher = reference.Dispatcher;
        var start = dispatcher.Metrics.TimingEnabled ? Stopwatch.GetTimestamp() : 0;
        TReturn returned;
        try
        {
            returned = _method(activation.Grain, args);
        }
        catch (Exception exception)
        {
            return Box(dispatcher.ContinueInterleavedAsync(activation, ValueTask.FromException<TResult>(exception), this, Stopwatch.GetTimestamp()));
        }

        if (IsCompletedSuccessfully(returned))
        {
            activation.LastUsed = activation.Catalog.Now;
            dispatcher.Metrics.CallCompleted(activation.Registration.TypeName, start);
            return returned!;
        }

        return Box(dispatcher.ContinueInterleavedAsync(activation, Normalize(returned), this, start == 0 ? Stopwatch.GetTimestamp() : start));
    }
}
