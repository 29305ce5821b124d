using Dapper;
using TeamGrains.Silo.Tests.Infrastructure;

namespace TeamGrains.Silo.Tests.Storage;

public sealed class SqliteStorageContractTests(SqliteFileFixture fixture)
    : StorageContractTests(fixture), IClassFixture<SqliteFileFixture>
{
    [Fact]
    public async Task TheDatabaseFileIsInWriteAheadLogModeWithForeignKeysOn()
    {
        await using var silo = await TestSilo.StartAsync(fixture.Storage);

        var (journal, foreignKeys) = await silo.Storage.ReadAsync(async (tx, ct) => (
            await tx.Connection.ExecuteScalarAsync<string>(new CommandDefinition("PRAGMA journal_mode", transaction: tx.Transaction, cancellationToken: ct)),
            await tx.Connection.ExecuteScalarAsync<long>(new CommandDefinition("PRAGMA foreign_keys", transaction: tx.Transaction, cancellationToken: ct))));

        Assert.Equal("wal", journal);
        Assert.Equal(1, foreignKeys);
    }
}
