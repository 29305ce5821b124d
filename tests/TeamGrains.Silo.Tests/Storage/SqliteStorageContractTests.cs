using TeamGrains.Silo.Tests.Infrastructure;

namespace TeamGrains.Silo.Tests.Storage;

public sealed class SqliteStorageContractTests(SqliteFileFixture fixture)
    : StorageContractTests(fixture), IClassFixture<SqliteFileFixture>;
