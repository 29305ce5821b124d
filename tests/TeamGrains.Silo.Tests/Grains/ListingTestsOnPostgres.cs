using TeamGrains.Silo.Tests.Infrastructure;

namespace TeamGrains.Silo.Tests.Grains;

[PostgresTestClass]
public sealed class ListingTestsOnPostgres(PostgresDatabaseFixture database) : ListingTests(database), IClassFixture<PostgresDatabaseFixture>;
