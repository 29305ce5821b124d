using TeamGrains.Silo.Tests.Infrastructure;

namespace TeamGrains.Silo.Tests.Scenarios;

public sealed class OwnershipScenariosOnSqlite(SqliteFileFixture database) : OwnershipScenarios(database), IClassFixture<SqliteFileFixture>;
