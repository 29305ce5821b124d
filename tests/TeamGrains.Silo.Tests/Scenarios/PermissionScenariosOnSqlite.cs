using TeamGrains.Silo.Tests.Infrastructure;

namespace TeamGrains.Silo.Tests.Scenarios;

public sealed class PermissionScenariosOnSqlite(SqliteFileFixture database) : PermissionScenarios(database), IClassFixture<SqliteFileFixture>;
