using TeamGrains.Silo.Tests.Infrastructure;

namespace TeamGrains.Silo.Tests.Scenarios;

[PostgresTestClass]
public sealed class PermissionScenariosOnPostgres(PostgresDatabaseFixture database) : PermissionScenarios(database), IClassFixture<PostgresDatabaseFixture>;
