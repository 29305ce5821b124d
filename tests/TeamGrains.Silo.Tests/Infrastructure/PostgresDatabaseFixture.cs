using Npgsql;
using TeamGrains.Silo.Storage;

namespace TeamGrains.Silo.Tests.Infrastructure;

/// <summary>
/// Creates a uniquely named PostgreSQL database for one test class (IClassFixture) and drops it
/// afterwards. Does nothing when PostgreSQL is not configured (its tests are skipped then).
/// </summary>
public sealed class PostgresDatabaseFixture : IStorageFixture, IAsyncLifetime
{
    private readonly List<string> _databases = [];
    private string? _connectionString;

    public StorageDialect Dialect => StorageDialect.PostgreSql;

    /// <summary>Connection string of the class's database.</summary>
    public string ConnectionString => _connectionString
        ?? throw new InvalidOperationException(TestPostgres.SkipReason ?? "The PostgreSQL fixture is not initialized.");

    public StorageOptions Storage => new() { PostgresConnectionString = ConnectionString };

    public async Task InitializeAsync()
    {
        if (TestPostgres.ConnectionString is null && !TestPostgres.Required)
        {
            return;
        }

        _connectionString = await CreateDatabaseAsync().ConfigureAwait(false);
    }

    public async Task<StorageOptions> CreateIsolatedAsync()
        => new() { PostgresConnectionString = await CreateDatabaseAsync().ConfigureAwait(false) };

    public async Task DisposeAsync()
    {
        if (_databases.Count == 0)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(AdminConnectionString());
        await admin.OpenAsync().ConfigureAwait(false);
        foreach (var database in _databases)
        {
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync().ConfigureAwait(false);
        }
    }

    private async Task<string> CreateDatabaseAsync()
    {
        var name = "tg_test_" + Guid.NewGuid().ToString("N")[..16];
        await using (var admin = new NpgsqlConnection(AdminConnectionString()))
        {
            await admin.OpenAsync().ConfigureAwait(false);
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            await create.ExecuteNonQueryAsync().ConfigureAwait(false);
        }

        lock (_databases)
        {
            _databases.Add(name);
        }

        return new NpgsqlConnectionStringBuilder(TestPostgres.RequireConnectionString()) { Database = name }.ConnectionString;
    }

    private static string AdminConnectionString()
        => new NpgsqlConnectionStringBuilder(TestPostgres.RequireConnectionString()) { Database = "postgres", Pooling = false }.ConnectionString;
}
