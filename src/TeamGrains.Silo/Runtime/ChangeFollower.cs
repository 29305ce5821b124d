using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeamGrains.Silo.Storage;
using TeamGrains.Silo.Storage.Internal;

namespace TeamGrains.Silo.Runtime;

/// <summary>
/// Follows the change log: reads, in one statement (one snapshot), the log's horizon and the committed
/// rows after this node's applied position, in order, and hands them to the <see cref="ChangeFeed"/>,
/// which drops what they make stale at once and publishes everything up to the horizon: no row can
/// appear below it later, even when transactions commit out of position order. Runs on every poll
/// interval, and at once when woken (a PostgreSQL NOTIFY from any node's commit, a local commit, or
/// someone waiting for a position). The wake-up is a hint only: the rows are always read from the table.
/// </summary>
internal sealed class ChangeFollower(
    ChangeLogReader changeLog, ChangeFeed feed, IOptions<GrainRuntimeOptions> options, ILogger<ChangeFollower> logger) : IDisposable
{
    private const int BatchSize = 500;
    // A horizon that has not moved for this long is held by a long transaction (idle in transaction, a
    // batch job): stop looking every RetryInterval, back off to MaxRetry instead.
    private static readonly TimeSpan StuckAfter = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxRetry = TimeSpan.FromMilliseconds(100);

    private readonly WakeSignal _wake = new();
    private readonly TimeSpan _pollInterval = options.Value.ChangePollInterval;
    private readonly TimeSpan _retryInterval = options.Value.ChangeHorizonRetryInterval;

    public void Wake() => _wake.Set();

    /// <summary>Where a starting node begins: the horizon (every change at or below it is final and concerns no activation yet).</summary>
    public Task<long> ReadHorizonAsync(CancellationToken cancellationToken) => changeLog.ReadHorizonAsync(cancellationToken);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        feed.Behind += Wake;
        try
        {
            var retry = new HorizonRetry(_retryInterval, StuckAfter, MaxRetry, TimeProvider.System);
            while (!cancellationToken.IsCancellationRequested)
            {
                var wait = _pollInterval;
                try
                {
                    var before = feed.AppliedPosition;
                    var batch = await CatchUpAsync(cancellationToken).ConfigureAwait(false);
                    if (batch.Rows.Count == BatchSize && feed.AppliedPosition > before)
                    {
                        continue;
                    }

                    // Rows wait above the horizon, or someone waits for a position above it: a
                    // transaction that began earlier still runs. Its end sends no wake-up unless it wrote
                    // to the log (a rollback after a lost race sends none), so look again shortly.
                    var next = retry.Next(batch.RowsAboveHorizon || feed.IsAwaited, batch.Horizon);
                    if (next > TimeSpan.Zero && next < wait)
                    {
                        wait = next;
                    }
                }
                catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
                {
                    Log.FollowerFailed(logger, exception);
                }

                await _wake.WaitAsync(wait, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping.
        }
        finally
        {
            feed.Behind -= Wake;
        }
    }

    /// <summary>Reads one batch after the applied position and hands it to the feed with the position it proves complete.</summary>
    public async Task<ChangeLogBatch> CatchUpAsync(CancellationToken cancellationToken)
    {
        var batch = await changeLog.ReadAfterAsync(feed.AppliedPosition, BatchSize, feed.IsAwaited, cancellationToken).ConfigureAwait(false);

        // Rows above the horizon are not final yet, and a full batch may stop below the horizon: only
        // positions up to both the horizon and (when full) the last row read are proven complete.
        var complete = batch.Rows.Count == BatchSize ? Math.Min(batch.Horizon, batch.Rows[^1].Position) : batch.Horizon;
        feed.Follow(batch.Rows, complete);
        return batch;
    }

    public void Dispose() => _wake.Dispose();
}
