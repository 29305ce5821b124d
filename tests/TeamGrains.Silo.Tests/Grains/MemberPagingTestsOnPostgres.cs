using TeamGrains.Silo.Tests.Infrastructure;

namespace TeamGrains.Silo.Tests.Grains;

[PostgresTestClass]
public sealed class MemberPagingTestsOnPostgres(PostgresDatabaseFixture database) : MemberPagingTests(database), IClassFixture<PostgresDatabaseFixture>;
