using TeamGrains.Silo.Tests.Infrastructure;

namespace TeamGrains.Silo.Tests.Concurrency;

[PostgresTestClass]
public sealed class OwnerConcurrencyTestsOnPostgres(PostgresDatabaseFixture database) : OwnerConcurrencyTests(database), IClassFixture<PostgresDatabaseFixture>;
