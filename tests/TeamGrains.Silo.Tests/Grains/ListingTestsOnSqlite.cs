using TeamGrains.Silo.Tests.Infrastructure;

namespace TeamGrains.Silo.Tests.Grains;

public sealed class ListingTestsOnSqlite(SqliteFileFixture database) : ListingTests(database), IClassFixture<SqliteFileFixture>;
