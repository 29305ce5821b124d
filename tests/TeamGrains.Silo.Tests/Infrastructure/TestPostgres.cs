namespace TeamGrains.Silo.Tests.Infrastructure;

/// <summary>
/// Where the tests find PostgreSQL: env <c>TEAMGRAINS_TEST_POSTGRES</c> (an admin connection string).
/// Unset, PostgreSQL tests are skipped with a loud reason, unless <c>TEAMGRAINS_REQUIRE_POSTGRES=1</c>
/// (CI), where they run and fail.
/// </summary>
public static class TestPostgres
{
    public const string ConnectionStringVariable = "TEAMGRAINS_TEST_POSTGRES";
    public const string RequireVariable = "TEAMGRAINS_REQUIRE_POSTGRES";

    public static string? ConnectionString =>
        Environment.GetEnvironmentVariable(ConnectionStringVariable) is { Length: > 0 } value ? value : null;

    public static bool Required => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    /// <summary>Why PostgreSQL tests are skipped, or null when they run.</summary>
    public static string? SkipReason => ConnectionString is null && !Required
        ? $"SKIPPED: PostgreSQL tests need {ConnectionStringVariable} (e.g. Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres); " +
          $"set {RequireVariable}=1 to make its absence fail."
        : null;

    /// <summary>The admin connection string, or a clear failure when PostgreSQL is required but not configured.</summary>
    public static string RequireConnectionString() => ConnectionString
        ?? throw new InvalidOperationException($"PostgreSQL is required ({RequireVariable}=1) but {ConnectionStringVariable} is not set.");
}
