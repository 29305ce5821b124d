using TeamGrains.Silo.Tests.Infrastructure;

namespace TeamGrains.Silo.Tests.Grains;

public sealed class UserGrainTestsOnSqlite(SqliteFileFixture database) : UserGrainTests(database), IClassFixture<SqliteFileFixture>;
