using TeamGrains.Silo.Tests.Infrastructure;

namespace TeamGrains.Silo.Tests.Grains;

public sealed class MemberPagingTestsOnSqlite(SqliteFileFixture database) : MemberPagingTests(database), IClassFixture<SqliteFileFixture>;
