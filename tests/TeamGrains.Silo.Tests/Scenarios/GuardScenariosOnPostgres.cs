using TeamGrains.Silo.Tests.Infrastructure;

namespace TeamGrains.Silo.Tests.Scenarios;

[PostgresTestClass]
public sealed class GuardScenariosOnPostgres(PostgresDatabaseFixture database) : GuardScenarios(database), IClassFixture<PostgresDatabaseFixture>;
