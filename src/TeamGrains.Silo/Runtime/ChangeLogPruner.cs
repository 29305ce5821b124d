using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeamGrains.Silo.Storage.Internal;

namespace TeamGrains.Silo.Runtime;

/// <summary>
/// Deletes change-log rows older than <see cref="GrainRuntimeOptions.ChangeLogRetention"/>, in short
/// transactions of at most <see cref="BatchSize"/> rows, so that neither writers nor followers wait
/// on it. Safe with followers: they read only rows after their applied position, which is far newer
/// than the retention; every node runs it (deleting twice is harmless).
/// </summary>
internal sealed class ChangeLogPruner(
    ChangeLogReader changeLog, IOptions<GrainRuntimeOptions> options, TimeProvider time, ILogger<ChangeLogPruner> logger)
{
    public const int BatchSize = 1000;

    /// <summary>Bounds one round, so a huge backlog is worked off over several intervals instead of one long loop.</summary>
    private const int MaxBatchesPerRound = 100;

    /// <summary>Deletes the rows older than the retention; returns how many.</summary>
    public async Task<int> PruneAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow() - options.Value.ChangeLogRetention;
        var total = 0;
        for (var batch = 0; batch < MaxBatchesPerRound; batch++)
        {
            var deleted = await changeLog.PruneAsync(cutoff, BatchSize, cancellationToken).ConfigureAwait(false);
            total += deleted;
            if (deleted < BatchSize)
            {
                break;
            }
        }

        if (total > 0)
        {
            Log.ChangeLogPruned(logger, total);
        }

        return total;
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(options.Value.ChangeLogPruneInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
            {
                try
                {
                    await PruneAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
                {
                    Log.PruneFailed(logger, exception);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}
