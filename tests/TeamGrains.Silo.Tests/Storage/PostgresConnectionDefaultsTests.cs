using Npgsql;
using TeamGrains.Silo.Storage;
using TeamGrains.Silo.Storage.Internal;
using TeamGrains.Silo.Tests.Infrastructure;

namespace TeamGrains.Silo.Tests.Storage;

public sealed class PostgresConnectionDefaultsTests
{
    [Fact]
    public void StatementsArePreparedAutomaticallyWhenTheConnectionStringDoesNotSay()
    {
        var builder = new NpgsqlConnectionStringBuilder(
            PostgresStorageProvider.WithDefaults("Host=db.example;Database=teamgrains;Username=app;Password=secret"));

        Assert.Equal(PostgresStorageProvider.DefaultMaxAutoPrepare, builder.MaxAutoPrepare);
        Assert.Equal("db.example", builder.Host);
        Assert.Equal("teamgrains", builder.Database);
        Assert.Equal("app", builder.Username);
        Assert.Equal("secret", builder.Password);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(200)]
    public void AnOperatorsOwnMaxAutoPrepareIsKept(int maxAutoPrepare)
    {
        var builder = new NpgsqlConnectionStringBuilder(
            PostgresStorageProvider.WithDefaults($"Host=db.example;max auto prepare={maxAutoPrepare}"));

        Assert.Equal(maxAutoPrepare, builder.MaxAutoPrepare);
    }

    [Fact]
    public void TheTransactionPoolSkipsTheSessionResetUnlessTheOperatorSays()
    {
        Assert.True(new NpgsqlConnectionStringBuilder(PostgresStorageProvider.WithoutReset("Host=db.example")).NoResetOnClose);
        Assert.False(new NpgsqlConnectionStringBuilder(
            PostgresStorageProvider.WithoutReset("Host=db.example;No Reset On Close=false")).NoResetOnClose);
    }

    [PostgresFact]
    public async Task SessionStateSurvivesOnlyInTheTransactionPool()
    {
        await using var provider = new PostgresStorageProvider(
            new StorageOptions { PostgresConnectionString = TestPostgres.RequireConnectionString() });

        Assert.Equal("set", await SetThenReadAgainAsync(provider.DataSource));
        Assert.Equal("", await SetThenReadAgainAsync(provider.SessionDataSource));
    }

    /// <summary>Sets a session setting, gives the connection back, takes the pool's (only idle) connection again and reads it.</summary>
    private static async Task<string> SetThenReadAgainAsync(NpgsqlDataSource dataSource)
    {
        int backend;
        await using (var connection = await dataSource.OpenConnectionAsync())
        {
            await using var set = new NpgsqlCommand("SELECT set_config('teamgrains.probe', 'set', false)", connection);
            await set.ExecuteNonQueryAsync();
            backend = connection.ProcessID;
        }

        await using var again = await dataSource.OpenConnectionAsync();
        Assert.Equal(backend, again.ProcessID);
        await using var read = new NpgsqlCommand("SELECT coalesce(current_setting('teamgrains.probe', true), '')", again);
        return (string)(await read.ExecuteScalarAsync())!;
    }

    [PostgresFact]
    public async Task AStatementRunRepeatedlyIsPreparedOnTheServer()
    {
        var provider = new PostgresStorageProvider(
            new StorageOptions { PostgresConnectionString = TestPostgres.RequireConnectionString() });
        await using var connection = await provider.DataSource.OpenConnectionAsync();

        // Npgsql prepares a statement after it has been seen a few times (Auto Prepare Min Usages, 5).
        for (var i = 0; i < 10; i++)
        {
            await using var command = new NpgsqlCommand("SELECT @n::int + 1 AS auto_prepare_probe", connection);
            command.Parameters.AddWithValue("n", i);
            Assert.Equal(i + 1, await command.ExecuteScalarAsync());
        }

        await using var prepared = new NpgsqlCommand(
            "SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE '%auto_prepare_probe%'", connection);
        Assert.Equal(1L, await prepared.ExecuteScalarAsync());
    }
}
