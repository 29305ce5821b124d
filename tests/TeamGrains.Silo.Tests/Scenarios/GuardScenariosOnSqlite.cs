using TeamGrains.Silo.Tests.Infrastructure;

namespace TeamGrains.Silo.Tests.Scenarios;

public sealed class GuardScenariosOnSqlite(SqliteFileFixture database) : GuardScenarios(database), IClassFixture<SqliteFileFixture>;
