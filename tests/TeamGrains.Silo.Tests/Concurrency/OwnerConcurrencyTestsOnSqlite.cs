using TeamGrains.Silo.Tests.Infrastructure;

namespace TeamGrains.Silo.Tests.Concurrency;

public sealed class OwnerConcurrencyTestsOnSqlite(SqliteFileFixture database) : OwnerConcurrencyTests(database), IClassFixture<SqliteFileFixture>;
