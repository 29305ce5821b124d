using Microsoft.Extensions.Logging;
using Npgsql;
using TeamGrains.Silo.Storage.Internal;

namespace TeamGrains.Silo.Runtime;

/// <summary>
/// Wakes other nodes' followers after this node's commits: one NOTIFY on its own connection, sent after
/// the commits it covers, coalescing every commit made while the previous one was on its way. It is sent
/// outside the writing transactions on purpose: a notifying commit holds PostgreSQL's global notify lock
/// through its WAL flush, so a NOTIFY inside every writing transaction would serialize all commits again
/// (pgbench: about half the TPS). Asynchronous commit is enough for a wake-up; a lost one costs at most a
/// poll interval.
/// </summary>
internal sealed class ChangeNotifier(PostgresStorageProvider provider, ChangeFeed feed, ILogger<ChangeNotifier> logger)
{
    private static readonly TimeSpan ReconnectDelay = TimeSpan.FromSeconds(1);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var committed = new WakeSignal();
        var wake = committed.Set;
        feed.LocalCommit += wake;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                try
                {
                    await NotifyWhileCommittingAsync(committed, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
                {
                    Log.NotifierFailed(logger, exception);
                    await Task.Delay(ReconnectDelay, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping.
        }
        finally
        {
            feed.LocalCommit -= wake;
        }
    }

    private async Task NotifyWhileCommittingAsync(WakeSignal committed, CancellationToken cancellationToken)
    {
        await using var connection = await provider.SessionDataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (var setup = new NpgsqlCommand("SET synchronous_commit = off", connection))
        {
            await setup.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using var notify = new NpgsqlCommand($"SELECT pg_notify('{PostgresStorageProvider.ChangeChannel}', @sender)", connection);
        notify.Parameters.Add(new NpgsqlParameter<string>("sender", provider.NotificationSender));
        while (true)
        {
            await committed.WaitAsync(Timeout.InfiniteTimeSpan, cancellationToken).ConfigureAwait(false);
            await notify.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
