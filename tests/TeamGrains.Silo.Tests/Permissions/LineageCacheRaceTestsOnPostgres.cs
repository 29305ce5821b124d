using TeamGrains.Silo.Tests.Infrastructure;

namespace TeamGrains.Silo.Tests.Permissions;

[PostgresTestClass]
public sealed class LineageCacheRaceTestsOnPostgres(PostgresDatabaseFixture database) : LineageCacheRaceTests(database), IClassFixture<PostgresDatabaseFixture>;
