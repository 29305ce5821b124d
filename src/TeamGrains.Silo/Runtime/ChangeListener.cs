using Microsoft.Extensions.Logging;
using Npgsql;
using TeamGrains.Silo.Storage.Internal;

namespace TeamGrains.Silo.Runtime;

/// <summary>
/// LISTENs on PostgreSQL for the NOTIFY each commit sends and wakes the follower. Only a wake-up:
/// a lost notification costs at most one poll interval.
/// </summary>
internal sealed class ChangeListener(PostgresStorageProvider provider, ChangeFollower follower, ILogger<ChangeListener> logger)
{
    private static readonly TimeSpan ReconnectDelay = TimeSpan.FromSeconds(1);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await provider.SessionDataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
                connection.Notification += OnNotification;
                await using (var listen = new NpgsqlCommand($"LISTEN {PostgresStorageProvider.ChangeChannel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                // Whatever was committed before LISTEN took effect is read by this catch-up.
                follower.Wake();
                while (true)
                {
                    await connection.WaitAsync(cancellationToken).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                Log.ListenerFailed(logger, exception);
                try
                {
                    await Task.Delay(ReconnectDelay, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private void OnNotification(object sender, NpgsqlNotificationEventArgs e)
    {
        // Our own NOTIFY follows commits that already woke the follower here (ChangeFeed.LocalCommit).
        if (e.Payload != provider.NotificationSender)
        {
            follower.Wake();
        }
    }
}
