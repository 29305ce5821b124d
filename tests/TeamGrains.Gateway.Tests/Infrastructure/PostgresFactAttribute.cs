namespace TeamGrains.Gateway.Tests.Infrastructure;

/// <summary>A fact that needs PostgreSQL (see <see cref="TestPostgres"/>).</summary>
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
