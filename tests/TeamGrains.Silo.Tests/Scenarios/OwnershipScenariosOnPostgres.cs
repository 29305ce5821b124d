using TeamGrains.Silo.Tests.Infrastructure;

namespace TeamGrains.Silo.Tests.Scenarios;

[PostgresTestClass]
public sealed class OwnershipScenariosOnPostgres(PostgresDatabaseFixture database) : OwnershipScenarios(database), IClassFixture<PostgresDatabaseFixture>;
