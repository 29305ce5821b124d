using Npgsql;

namespace TeamGrains.Cluster.Tests.Infrastructure;

/// <summary>One uniquely named PostgreSQL database that every node of a <see cref="TestCluster"/> shares; dropped afterwards.</summary>
public sealed class ClusterDatabase : IAsyncDisposable
{
    private ClusterDatabase(string name, string connectionString)
    {
        Name = name;
        ConnectionString = connectionString;
    }

    public string Name { get; }

    /// <summary>The connection string every node is configured with (<c>ConnectionStrings:Postgres</c>).</summary>
    public string ConnectionString { get; }

    public static async Task<ClusterDatabase> CreateAsync()
    {
        var name = "tg_cluster_" + Guid.NewGuid().ToString("N")[..16];
        await using (var admin = new NpgsqlConnection(AdminConnectionString()))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            await create.ExecuteNonQueryAsync();
        }

        var connectionString = new NpgsqlConnectionStringBuilder(TestPostgres.RequireConnectionString()) { Database = name }.ConnectionString;
        return new ClusterDatabase(name, connectionString);
    }

    /// <summary>One value straight from the database, bypassing every node (the source of truth).</summary>
    public async Task<T> ScalarAsync<T>(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return (T)Convert.ChangeType((await command.ExecuteScalarAsync())!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(AdminConnectionString());
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }

    private static string AdminConnectionString()
        => new NpgsqlConnectionStringBuilder(TestPostgres.RequireConnectionString()) { Database = "postgres", Pooling = false }.ConnectionString;
}
