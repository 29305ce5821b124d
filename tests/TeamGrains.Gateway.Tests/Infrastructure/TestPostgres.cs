namespace TeamGrains.Gateway.Tests.Infrastructure;

/// <summary>
/// The project's PostgreSQL test rule: env <c>TEAMGRAINS_TEST_POSTGRES</c> names the server; unset,
/// PostgreSQL tests are skipped with a loud reason, unless <c>TEAMGRAINS_REQUIRE_POSTGRES=1</c> (CI).
/// </summary>
public static class TestPostgres
{
    public const string ConnectionStringVariable = "TEAMGRAINS_TEST_POSTGRES";
    public const string RequireVariable = "TEAMGRAINS_REQUIRE_POSTGRES";

    public static string? SkipReason =>
        Environment.GetEnvironmentVariable(ConnectionStringVariable) is not { Length: > 0 } && Environment.GetEnvironmentVariable(RequireVariable) != "1"
            ? $"SKIPPED: PostgreSQL tests need {ConnectionStringVariable}; set {RequireVariable}=1 to make its absence fail."
            : null;

    public static string RequireConnectionString() =>
        Environment.GetEnvironmentVariable(ConnectionStringVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"PostgreSQL is required ({RequireVariable}=1) but {ConnectionStringVariable} is not set.");
}
