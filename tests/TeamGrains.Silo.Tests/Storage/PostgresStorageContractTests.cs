using TeamGrains.Silo.Tests.Infrastructure;

namespace TeamGrains.Silo.Tests.Storage;

[PostgresTestClass]
public sealed class PostgresStorageContractTests(PostgresDatabaseFixture fixture)
    : StorageContractTests(fixture), IClassFixture<PostgresDatabaseFixture>;
