using TeamGrains.Silo.Tests.Infrastructure;

namespace TeamGrains.Silo.Tests.Scenarios;

[PostgresTestClass]
public sealed class CrossNodeScenariosOnPostgres(PostgresDatabaseFixture database) : CrossNodeScenarios(database), IClassFixture<PostgresDatabaseFixture>;
