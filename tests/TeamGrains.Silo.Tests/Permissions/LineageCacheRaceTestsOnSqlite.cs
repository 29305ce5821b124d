using TeamGrains.Silo.Tests.Infrastructure;

namespace TeamGrains.Silo.Tests.Permissions;

public sealed class LineageCacheRaceTestsOnSqlite(SqliteFileFixture database) : LineageCacheRaceTests(database), IClassFixture<SqliteFileFixture>;
