using Dapper;
using Microsoft.Extensions.DependencyInjection;
using TeamGrains.Silo.Storage;

namespace TeamGrains.Silo.Runtime;

/// <summary>Loads a <see cref="Grain{TState}"/>'s state through the registered <see cref="IGrainStateStore{TState}"/>.</summary>
internal abstract class GrainStateLoader
{
    /// <summary>The store's queries, sent by <see cref="GrainStateReader"/> behind the version read.</summary>
    public abstract IReadOnlyList<string> Queries(IServiceProvider services);

    /// <summary>Reads the state from the results of <see cref="Queries"/> into <paramref name="grain"/>.</summary>
    public abstract Task LoadAsync(Grain grain, long version, SqlMapper.GridReader results, IServiceProvider services);

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
        public override IReadOnlyList<string> Queries(IServiceProvider services) => Store(services).Queries;

        public override async Task LoadAsync(Grain grain, long version, SqlMapper.GridReader results, IServiceProvider services)
        {
            var state = await Store(services).ReadAsync(grain.GrainKey, results).ConfigureAwait(false);
            ((Grain<TState>)grain).Load(state, version);
        }

        private static IGrainStateStore<TState> Store(IServiceProvider services)
            => services.GetService<IGrainStateStore<TState>>()
                ?? throw new InvalidOperationException($"No IGrainStateStore<{typeof(TState).Name}> is registered (AddGrainStateStore).");
    }
}
