using System.Reflection;
using TeamGrains.Interfaces.Runtime;

namespace TeamGrains.Silo.Runtime;

/// <summary>
/// The proxy behind every grain reference (<see cref="DispatchProxy"/>): routes each interface call to
/// the grain's activation on this node. Remembers the activation it last reached so that warm calls
/// skip the catalog look-up. Public only because DispatchProxy derives a generated type from it.
/// </summary>
public class GrainReference : DispatchProxy
{
    private GrainActivation? _activation;

    /// <summary>The grain this reference points at.</summary>
    public GrainId GrainId { get; private set; }

    internal GrainRegistration Registration { get; private set; } = null!;

    internal GrainDispatcher Dispatcher { get; private set; } = null!;

    /// <summary>The remembered activation if it still serves calls.</summary>
    internal GrainActivation? WarmActivation
    {
        get
        {
            var activation = _activation;
            return activation is not null && activation.IsValid ? activation : null;
        }
    }

    public override string ToString() => GrainId.ToString();

    internal void Initialize(GrainId grainId, GrainRegistration registration, GrainDispatcher dispatcher)
    {
        GrainId = grainId;
        Registration = registration;
        Dispatcher = dispatcher;
    }

    internal void Remember(GrainActivation activation) => _activation = activation;

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        => Registration.GetInvoker(targetMethod!).Invoke(this, args ?? []);
}
