using System.Collections.Frozen;
using System.Reflection;
using TeamGrains.Interfaces.Runtime;

namespace TeamGrains.Silo.Runtime;

/// <summary>Hands out grain references (<see cref="DispatchProxy"/>s): cheap, activating nothing until called.</summary>
internal sealed class GrainFactory : IGrainFactory
{
    private readonly FrozenDictionary<Type, GrainRegistration> _registrations;
    private readonly GrainDispatcher _dispatcher;
    private readonly GrainCatalog _catalog;

    public GrainFactory(IEnumerable<GrainRegistration> registrations, GrainDispatcher dispatcher, GrainCatalog catalog)
    {
        _catalog = catalog;
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

        var id = new GrainId(registration.TypeName, key);

        // Creating a proxy costs about a microsecond; an active grain's reference is reused instead.
        if (_catalog.TryGet(id, out var activation) && activation.Reference is TGrain cached)
        {
            return cached;
        }

        var proxy = DispatchProxy.Create<TGrain, GrainReference>();
        ((GrainReference)(object)proxy).Initialize(id, registration, _dispatcher);
        return proxy;
    }
}
