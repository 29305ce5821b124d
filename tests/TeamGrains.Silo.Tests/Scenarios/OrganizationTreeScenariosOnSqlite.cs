using TeamGrains.Silo.Tests.Infrastructure;

namespace TeamGrains.Silo.Tests.Scenarios;

public sealed class OrganizationTreeScenariosOnSqlite(SqliteFileFixture database) : OrganizationTreeScenarios(database), IClassFixture<SqliteFileFixture>;
