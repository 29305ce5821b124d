using Microsoft.Extensions.DependencyInjection;
using TeamGrains.Silo.Storage;

namespace TeamGrains.Silo.Runtime;

/// <summary>Loads a <see cref="Grain{TState}"/>'s state through the registered <see cref="IGrainStateStore{TState}"/>.</summary>
internal abstract class GrainStateLoader
{
    public abstract Task LoadAsync(Grain grain, long version, IStorageTransaction transaction, IServiceProvider services, CancellationToken cancellationToken);

    /// <summary>The loader for <paramref name="grainClass"/>'s state type, or null when it keeps no state.</summary>
    public static GrainStateLoader? For(Type grainClass)
    {
        for (var type = grainClass; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Grain<>))
            {
                var loaderType = typeof(Typed<>).MakeGenericType(type.GetGenericArguments()[0]);
                return (GrainStateLoader)Activator.CreateInstance(loaderType)!;
            }
        }

        return null;
    }

    private sealed class Typed<TState> : GrainStateLoader
        where TState : class
    {
        public override async Task LoadAsync(
            Grain grain, long version, IStorageTransaction transaction, IServiceProvider services, CancellationToken cancellationToken)
        {
            var store = services.GetService<IGrainStateStore<TState>>()
                ?? throw new InvalidOperationException($"No IGrainStateStore<{typeof(TState).Name}> is registered (AddGrainStateStore).");
            var state = await store.ReadAsync(grain.GrainKey, transaction, cancellationToken).ConfigureAwait(false);
            ((Grain<TState>)grain).Load(state, version);
        }
    }
}
