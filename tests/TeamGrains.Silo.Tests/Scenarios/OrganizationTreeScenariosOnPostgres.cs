using TeamGrains.Silo.Tests.Infrastructure;

namespace TeamGrains.Silo.Tests.Scenarios;

[PostgresTestClass]
public sealed class OrganizationTreeScenariosOnPostgres(PostgresDatabaseFixture database) : OrganizationTreeScenarios(database), IClassFixture<PostgresDatabaseFixture>;
