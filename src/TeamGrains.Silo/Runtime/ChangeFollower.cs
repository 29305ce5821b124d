using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeamGrains.Interfaces.Runtime;
using TeamGrains.Silo.Storage;
using TeamGrains.Silo.Storage.Internal;

namespace TeamGrains.Silo.Runtime;

/// <summary>
/// Follows the change log: reads the rows after this node's applied position, in order, and hands
/// them to the <see cref="ChangeFeed"/>. Runs on every poll interval, and at once when woken (a
/// PostgreSQL NOTIFY from any node's commit, or someone waiting for a position). The wake-up is a
/// hint only: the rows are always read from the table.
/// </summary>
internal sealed class ChangeFollower(
    TransactionRunner storage, ChangeFeed feed, IOptions<GrainRuntimeOptions> options, ILogger<ChangeFollower> logger) : IDisposable
{
    private const int BatchSize = 500;
    private const string ReadSql =
        "SELECT position, grain_type, grain_key, kind, payload, committed_at FROM change_log " +
        "WHERE position > @after ORDER BY position LIMIT @limit";

    private const string HeadSql = "SELECT position FROM change_log_head WHERE id = 1";

    private readonly WakeSignal _wake = new();
    private readonly TimeSpan _pollInterval = options.Value.ChangePollInterval;

    public void Wake() => _wake.Set();

    public Task<long> ReadHeadAsync(CancellationToken cancellationToken)
        => storage.ReadAsync(
            async (transaction, ct) =>
            {
                await using var command = ((StorageTransaction)transaction).CreateCommand(HeadSql);
                return Convert.ToInt64(await command.ExecuteScalarAsync(ct).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
            },
            cancellationToken);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        feed.Behind += Wake;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                try
                {
                    if (await CatchUpAsync(cancellationToken).ConfigureAwait(false) == BatchSize)
                    {
                        continue;
                    }
                }
                catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
                {
                    Log.FollowerFailed(logger, exception);
                }

                await _wake.WaitAsync(_pollInterval, cancellationToken).ConfigureAwait(false);
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

    /// <summary>Reads and offers one batch after the applied position; returns how many rows it read.</summary>
    public async Task<int> CatchUpAsync(CancellationToken cancellationToken)
    {
        var after = feed.AppliedPosition;
        var rows = await storage.ReadAsync(
            async (transaction, ct) =>
            {
                var list = new List<ChangeRecord>();
                await using var command = ((StorageTransaction)transaction).CreateCommand(ReadSql).With("@after", after).With("@limit", BatchSize);
                await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
                while (await reader.ReadAsync(ct).ConfigureAwait(false))
                {
                    list.Add(new ChangeRecord(
                        reader.GetInt64(0),
                        new GrainId(reader.GetString(1), reader.GetString(2)),
                        reader.GetString(3),
                        reader.IsDBNull(4) ? null : reader.GetString(4),
                        reader.GetFieldValue<DateTimeOffset>(5)));
                }

                return list;
            },
            cancellationToken).ConfigureAwait(false);

        feed.Offer(rows, writer: null);
        return rows.Count;
    }

    public void Dispose() => _wake.Dispose();
}
