using TeamGrains.Silo.Tests.Infrastructure;

namespace TeamGrains.Silo.Tests.Runtime;

/// <summary>Two nodes over one PostgreSQL database: woken by LISTEN/NOTIFY, backed by polling.</summary>
[PostgresTestClass]
public sealed class PostgresMultiNodeTests(PostgresDatabaseFixture fixture)
    : MultiNodeTests(fixture), IClassFixture<PostgresDatabaseFixture>;
