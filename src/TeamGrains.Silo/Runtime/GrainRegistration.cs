using System.Collections.Frozen;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using TeamGrains.Interfaces.Runtime;
using TeamGrains.Silo.Runtime.Invocation;

namespace TeamGrains.Silo.Runtime;

/// <summary>
/// Everything the runtime needs to serve one grain interface, built once at start: the grain class's
/// factory, its state loader, and a compiled invoker per interface method.
/// </summary>
internal sealed class GrainRegistration
{
    private readonly FrozenDictionary<MethodInfo, GrainMethodInvoker> _invokers;
    private readonly ObjectFactory _factory;

    public GrainRegistration(Type grainInterface, Type grainClass)
    {
        if (!grainInterface.IsInterface || !typeof(IGrainWithStringKey).IsAssignableFrom(grainInterface))
        {
            throw new ArgumentException($"{grainInterface} must be an interface deriving from {nameof(IGrainWithStringKey)}.", nameof(grainInterface));
        }

        if (!typeof(Grain).IsAssignableFrom(grainClass) || !grainInterface.IsAssignableFrom(grainClass) || grainClass.IsAbstract)
        {
            throw new ArgumentException($"{grainClass} must be a concrete {nameof(Grain)} implementing {grainInterface}.", nameof(grainClass));
        }

        Interface = grainInterface;
        GrainClass = grainClass;
        TypeName = GrainTypeName.Of(grainInterface);
        _factory = ActivatorUtilities.CreateFactory(grainClass, Type.EmptyTypes);
        StateLoader = GrainStateLoader.For(grainClass);

        var methods = new[] { grainInterface }.Concat(grainInterface.GetInterfaces()).SelectMany(i => i.GetMethods());
        _invokers = methods.ToFrozenDictionary(m => m, GrainMethodInvoker.Create);
    }

    public Type Interface { get; }

    public Type GrainClass { get; }

    /// <summary>The grain type name in <see cref="GrainId"/> and the change log.</summary>
    public string TypeName { get; }

    /// <summary>Loads persistent state; null for a grain without <see cref="Grain{TState}"/> state.</summary>
    public GrainStateLoader? StateLoader { get; }

    public GrainMethodInvoker GetInvoker(MethodInfo method)
        => _invokers.TryGetValue(method, out var invoker)
            ? invoker
            : throw new InvalidOperationException($"{method.Name} is not a method of {Interface.Name}.");

    public Grain CreateInstance(IServiceProvider services) => (Grain)_factory(services, null);
}
