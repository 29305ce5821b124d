using TeamGrains.Silo.Tests.Infrastructure;

namespace TeamGrains.Silo.Tests.Grains;

[PostgresTestClass]
public sealed class UserGrainTestsOnPostgres(PostgresDatabaseFixture database) : UserGrainTests(database), IClassFixture<PostgresDatabaseFixture>;
