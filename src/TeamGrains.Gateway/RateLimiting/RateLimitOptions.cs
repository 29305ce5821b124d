namespace TeamGrains.Gateway.RateLimiting;

/// <summary>
/// Per-credential request budgets (configuration section <c>RateLimits</c>). TRANSPORT.md: the defaults
/// never hold one credential's queries below 10,000 requests/s; mutations, signUp and failed
/// authentications are limited far lower.
/// </summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    /// <summary>Requests per second per credential (per client address when anonymous).</summary>
    public int RequestsPerSecond { get; set; } = 20_000;

    /// <summary>Mutations per second per credential.</summary>
    public int MutationsPerSecond { get; set; } = 200;

    /// <summary>
    /// The window the per-second budgets refill over (default one second). Only tests change it: a
    /// budget that cannot refill during the test makes "the fourth request of three is refused" exact.
    /// </summary>
    public TimeSpan SecondWindow { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Anonymous mutations (signUp) per minute per client address.</summary>
    public int SignUpsPerMinute { get; set; } = 120;

    /// <summary>Refused credentials per minute per client address before further attempts get 429.</summary>
    public int FailedAuthenticationsPerMinute { get; set; } = 120;
}
