using System.Collections.Frozen;
using System.Reflection;
using TeamGrains.Interfaces.Runtime;

namespace TeamGrains.Silo.Runtime;

/// <summary>Hands out grain references: a <see cref="DispatchProxy"/> per call, cheap, activating nothing until called.</summary>
internal sealed class GrainFactory : IGrainFactory
{
    private readonly FrozenDictionary<Type, GrainRegistration> _registrations;
    private readonly GrainDispatcher _dispatcher;

    public GrainFactory(IEnumerable<GrainRegistration> registrations, GrainDispatcher dispatcher)
    {
        _registrations = registrations
            .GroupBy(r => r.Interface)
            .ToFrozenDictionary(g => g.Key, g => g.Last());
        _dispatcher = dispatcher;
    }

    public TGrain GetGrain<TGrain>(string key)
        where TGrain : IGrainWithStringKey
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!_registrations.TryGetValue(typeof(TGrain), out var registration))
        {
            throw new InvalidOperationException($"No grain is registered for {typeof(TGrain).Name} (AddGrain).");
        }

        var proxy = DispatchProxy.Create<TGrain, GrainReference>();
        ((GrainReference)(object)proxy).Initialize(new GrainId(registration.TypeName, key), registration, _dispatcher);
        return proxy;
    }
}
