namespace TeamGrains.Silo.Grains.Shared;

/// <summary>Times are stored as milliseconds since the Unix epoch (UTC) in both dialects (see 0002_domain.sql).</summary>
internal static class UnixTime
{
    public static long Now() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

    public static DateTimeOffset ToDateTime(long milliseconds) => DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);

    public static DateTimeOffset? ToDateTime(long? milliseconds) => milliseconds is { } ms ? ToDateTime(ms) : null;
}
