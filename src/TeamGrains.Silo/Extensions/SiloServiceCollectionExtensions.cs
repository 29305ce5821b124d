using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TeamGrains.Interfaces.Runtime;
using TeamGrains.Silo.Runtime;
using TeamGrains.Silo.Storage;
using TeamGrains.Silo.Storage.Internal;

namespace TeamGrains.Silo.Extensions;

/// <summary>Registers the grain runtime, its storage, grains and their state stores.</summary>
public static class SiloServiceCollectionExtensions
{
    /// <summary>The default SQLite file, relative to the content root.</summary>
    public const string DefaultSqlitePath = "data/teamgrains.db";

    /// <summary>
    /// Adds the silo configured from <paramref name="configuration"/>: PostgreSQL when
    /// <c>ConnectionStrings:Postgres</c> is set, otherwise SQLite at <c>Storage:SqlitePath</c>
    /// (default <c>data/teamgrains.db</c> under the content root); runtime options from the
    /// <c>GrainRuntime</c> section.
    /// </summary>
    public static IServiceCollection AddTeamGrainsSilo(
        this IServiceCollection services, IConfiguration configuration, Action<GrainRuntimeOptions>? configureRuntime = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<GrainRuntimeOptions>().Bind(configuration.GetSection(GrainRuntimeOptions.SectionName));
        return services.AddTeamGrainsSilo(
            storage =>
            {
                configuration.GetSection(StorageOptions.SectionName).Bind(storage);
                storage.PostgresConnectionString = configuration.GetConnectionString("Postgres");
            },
            configureRuntime);
    }

    /// <summary>Adds the silo with storage and runtime options given in code (tests, tools).</summary>
    public static IServiceCollection AddTeamGrainsSilo(
        this IServiceCollection services, Action<StorageOptions> configureStorage, Action<GrainRuntimeOptions>? configureRuntime = null)
    {
        ArgumentNullException.ThrowIfNull(configureStorage);
        services.AddOptions<StorageOptions>().Configure(configureStorage);
        var runtime = services.AddOptions<GrainRuntimeOptions>();
        if (configureRuntime is not null)
        {
            runtime.Configure(configureRuntime);
        }

        services.AddMetrics();
        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<StorageProvider>(CreateProvider);
        services.TryAddSingleton<TransactionRunner>();
        services.TryAddSingleton<MigrationRunner>();
        services.TryAddSingleton<ChangeLogReader>();
        services.TryAddSingleton<GrainMetrics>();
        services.TryAddSingleton<GrainCatalog>();
        services.TryAddSingleton<GrainDispatcher>();
        services.TryAddSingleton<GrainStateWriter>();
        services.TryAddSingleton<ChangeFeed>();
        services.TryAddSingleton<IChangeFeed>(sp => sp.GetRequiredService<ChangeFeed>());
        services.TryAddSingleton<ChangeFollower>();
        services.TryAddSingleton<ChangeLogPruner>();
        services.TryAddSingleton<IStorage, SqlStorage>();
        services.TryAddSingleton<IGrainFactory, GrainFactory>();
        services.AddHostedService<SiloLifecycle>();
        return services;
    }

    /// <summary>Registers grain class <typeparamref name="TGrain"/> as the implementation of <typeparamref name="TInterface"/>.</summary>
    public static IServiceCollection AddGrain<TInterface, TGrain>(this IServiceCollection services)
        where TInterface : IGrainWithStringKey
        where TGrain : Grain, TInterface
    {
        services.AddSingleton(new GrainRegistration(typeof(TInterface), typeof(TGrain)));
        return services;
    }

    /// <summary>Registers the store that loads <typeparamref name="TState"/> from its tables.</summary>
    public static IServiceCollection AddGrainStateStore<TState, TStore>(this IServiceCollection services)
        where TState : class
        where TStore : class, IGrainStateStore<TState>
    {
        services.AddSingleton<IGrainStateStore<TState>, TStore>();
        return services;
    }

    private static StorageProvider CreateProvider(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        if (options.Dialect == StorageDialect.PostgreSql)
        {
            return new PostgresStorageProvider(options);
        }

        var path = string.IsNullOrWhiteSpace(options.SqlitePath) ? DefaultSqlitePath : options.SqlitePath;
        if (!Path.IsPathRooted(path))
        {
            var contentRoot = services.GetService<IHostEnvironment>()?.ContentRootPath ?? AppContext.BaseDirectory;
            path = Path.Combine(contentRoot, path);
        }

        return new SqliteStorageProvider(path);
    }
}
