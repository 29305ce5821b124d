using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace TeamGrains.Gateway.RateLimiting;

/// <summary>
/// The budgets that can only be charged once the request is understood (its operation kind, or that its
/// credential was refused); the per-request budget is ASP.NET Core's global limiter.
/// </summary>
public sealed class GatewayRateLimiters : IDisposable
{
    private readonly PartitionedRateLimiter<string> _mutations;
    private readonly PartitionedRateLimiter<string> _signUps;
    private readonly PartitionedRateLimiter<string> _failedAuthentications;

    public GatewayRateLimiters(IOptions<RateLimitOptions> options)
    {
        var limits = options.Value;
        _mutations = Partitioned(limits.MutationsPerSecond, limits.SecondWindow);
        _signUps = Partitioned(limits.SignUpsPerMinute, TimeSpan.FromMinutes(1));
        _failedAuthentications = Partitioned(limits.FailedAuthenticationsPerMinute, TimeSpan.FromMinutes(1));
    }

    /// <summary>Charges one mutation to a credential (or, anonymous, to a client address); false when over budget.</summary>
    public bool TryMutation(string? credential, IPAddress? client) =>
        credential is not null
            ? Acquire(_mutations, credential)
            : Acquire(_signUps, ClientKey(client));

    /// <summary>Charges one refused credential to a client address; false when over budget.</summary>
    public bool TryFailedAuthentication(IPAddress? client) => Acquire(_failedAuthentications, ClientKey(client));

    public static string ClientKey(IPAddress? client) => "ip:" + (client?.ToString() ?? "unknown");

    public void Dispose()
    {
        _mutations.Dispose();
        _signUps.Dispose();
        _failedAuthentications.Dispose();
    }

    private static bool Acquire(PartitionedRateLimiter<string> limiter, string key)
    {
        using var lease = limiter.AttemptAcquire(key);
        return lease.IsAcquired;
    }

    internal static TokenBucketRateLimiterOptions Bucket(int permits, TimeSpan period) => new()
    {
        TokenLimit = Math.Max(1, permits),
        TokensPerPeriod = Math.Max(1, permits),
        ReplenishmentPeriod = period,
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private static PartitionedRateLimiter<string> Partitioned(int permits, TimeSpan period) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetTokenBucketLimiter(key, _ => Bucket(permits, period)));
}
