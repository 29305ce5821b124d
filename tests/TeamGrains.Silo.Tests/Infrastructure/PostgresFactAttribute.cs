namespace TeamGrains.Silo.Tests.Infrastructure;

/// <summary>A fact that needs PostgreSQL: skipped with a loud reason without <c>TEAMGRAINS_TEST_POSTGRES</c> (see <see cref="TestPostgres"/>).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestPostgres.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
