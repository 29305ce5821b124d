namespace TeamGrains.Silo.Tests.Infrastructure;

/// <summary>A theory that needs PostgreSQL: skipped with a loud reason without <c>TEAMGRAINS_TEST_POSTGRES</c> (see <see cref="TestPostgres"/>).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresTheoryAttribute : TheoryAttribute
{
    public PostgresTheoryAttribute()
    {
        if (TestPostgres.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
