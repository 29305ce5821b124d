using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeamGrains.Silo.Storage;
using TeamGrains.Silo.Storage.Internal;

namespace TeamGrains.Silo.Runtime;

/// <summary>
/// Starts the silo with the host: schema migrations, the change feed at the log's horizon, the change
/// follower (and, on PostgreSQL, its listener and the notifier of local commits), the idle collector, the change-log pruner. Stops it: background loops first,
/// then every activation is deactivated (Shutdown).
/// </summary>
internal sealed class SiloLifecycle(
    IServiceProvider services,
    StorageProvider provider,
    ChangeFeed feed,
    ChangeFollower follower,
    GrainCatalog catalog,
    IOptions<GrainRuntimeOptions> options,
    TimeProvider time,
    ILogger<SiloLifecycle> logger) : IHostedService
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<Task> _loops = [];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await services.GetRequiredService<MigrationRunner>().RunAsync(cancellationToken).ConfigureAwait(false);
        var head = await follower.ReadHorizonAsync(cancellationToken).ConfigureAwait(false);
        feed.Initialize(head, gapless: provider.Dialect == StorageDialect.Sqlite);

        _loops.Add(Task.Run(() => follower.RunAsync(_stopping.Token), CancellationToken.None));
        if (provider is PostgresStorageProvider postgres)
        {
            var listener = new ChangeListener(postgres, follower, services.GetRequiredService<ILogger<ChangeListener>>());
            _loops.Add(Task.Run(() => listener.RunAsync(_stopping.Token), CancellationToken.None));
            if (services.GetRequiredService<IOptions<StorageOptions>>().Value.NotifyOnCommit)
            {
                var notifier = new ChangeNotifier(postgres, feed, services.GetRequiredService<ILogger<ChangeNotifier>>());
                _loops.Add(Task.Run(() => notifier.RunAsync(_stopping.Token), CancellationToken.None));
            }
        }

        _loops.Add(Task.Run(() => CollectIdleAsync(_stopping.Token), CancellationToken.None));
        var pruner = services.GetRequiredService<ChangeLogPruner>();
        _loops.Add(Task.Run(() => pruner.RunAsync(_stopping.Token), CancellationToken.None));
        Log.StorageReady(logger, provider.Dialect, head);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(_loops).WaitAsync(cancellationToken).ConfigureAwait(false);
        await catalog.DeactivateAllAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task CollectIdleAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(options.Value.CollectionInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
            {
                catalog.CollectIdle(options.Value.IdleAge);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}
