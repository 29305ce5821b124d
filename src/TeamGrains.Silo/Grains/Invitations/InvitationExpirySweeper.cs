using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeamGrains.Interfaces.Invitations;
using TeamGrains.Interfaces.Runtime;
using TeamGrains.Silo.Storage;

namespace TeamGrains.Silo.Grains.Invitations;

/// <summary>
/// Records EXPIRED for PENDING invitations past their expiry, so that subscribers get the EXPIRED event
/// even when nobody reads the invitation. Every node sweeps; the invitation grain's version makes a
/// concurrent sweep on two nodes record the event once (the loser reloads, finds EXPIRED, does nothing).
/// </summary>
public sealed partial class InvitationExpirySweeper : BackgroundService
{
    private readonly IStorage _storage;
    private readonly IGrainFactory _grains;
    private readonly TimeProvider _time;
    private readonly InvitationOptions _options;
    private readonly ILogger<InvitationExpirySweeper> _logger;

    public InvitationExpirySweeper(
        IStorage storage, IGrainFactory grains, TimeProvider time, IOptions<InvitationOptions> options, ILogger<InvitationExpirySweeper> logger)
    {
        _storage = storage;
        _grains = grains;
        _time = time;
        _options = options.Value;
        _logger = logger;
    }

    /// <summary>Expires one batch of due invitations; returns how many this call recorded as EXPIRED.</summary>
    public async Task<int> SweepOnceAsync(CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        var due = await _storage.ReadAsync((tx, ct) => InvitationRows.DueIdsAsync(tx, now, _options.SweepBatchSize, ct), cancellationToken)
            .ConfigureAwait(false);
        var expired = 0;
        foreach (var id in due)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await _grains.GetGrain<IInvitationGrain>(id).ExpireIfDueAsync().ConfigureAwait(false))
            {
                expired++;
            }
        }

        return expired;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_options.SweepInterval, _time);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                var expired = await SweepOnceAsync(stoppingToken).ConfigureAwait(false);
                if (expired > 0)
                {
                    LogExpired(expired);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A failed sweep (storage unavailable, a conflict that ran out of retries) is retried next tick.
                LogSweepFailed(exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Recorded {Count} invitations as expired")]
    private partial void LogExpired(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Invitation expiry sweep failed")]
    private partial void LogSweepFailed(Exception exception);
}
