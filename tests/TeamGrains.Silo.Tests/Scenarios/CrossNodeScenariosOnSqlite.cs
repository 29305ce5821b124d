using TeamGrains.Silo.Tests.Infrastructure;

namespace TeamGrains.Silo.Tests.Scenarios;

public sealed class CrossNodeScenariosOnSqlite(SqliteFileFixture database) : CrossNodeScenarios(database), IClassFixture<SqliteFileFixture>;
