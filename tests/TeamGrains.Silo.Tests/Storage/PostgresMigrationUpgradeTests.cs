using Dapper;
using Npgsql;
using TeamGrains.Interfaces.Runtime;
using TeamGrains.Silo.Storage;
using TeamGrains.Silo.Storage.Internal;
using TeamGrains.Silo.Tests.Infrastructure;

namespace TeamGrains.Silo.Tests.Storage;

/// <summary>A database created with the one-row change-log counter upgrades to transaction-id positions.</summary>
public sealed class PostgresMigrationUpgradeTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    private const int HorizonMigration = 3;

    [PostgresFact]
    public async Task ADatabaseWrittenWithTheCounterUpgradesAndNewPositionsFollowTheOldOnes()
    {
        var storage = await database.CreateIsolatedAsync();
        var scripts = MigrationScript.Load(StorageDialect.PostgreSql);
        await using (var connection = new NpgsqlConnection(storage.PostgresConnectionString))
        {
            await connection.OpenAsync();
            await connection.ExecuteAsync("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
            foreach (var script in scripts.Where(s => s.Version < HorizonMigration))
            {
                await connection.ExecuteAsync(script.Sql);
                await connection.ExecuteAsync("INSERT INTO schema_migrations VALUES (@Version, @Name, 'before')", new { script.Version, script.Name });
            }

            // What the counter left behind: positions 1..3 and its head.
            await connection.ExecuteAsync(
                "INSERT INTO change_log (position, grain_type, grain_key, kind, payload, committed_at) " +
                "SELECT p, 'OldGrain', 'old-' || p, 'changed', NULL, now() FROM generate_series(1, 3) p");
            await connection.ExecuteAsync("UPDATE change_log_head SET position = 3 WHERE id = 1");
        }

        await using var silo = await TestSilo.StartAsync(storage);
        var seen = new List<ChangeRecord>();
        using var subscription = silo.ChangeFeed.Subscribe(change =>
        {
            lock (seen)
            {
                seen.Add(change);
            }
        });
        var position = await silo.Storage.WriteAsync((tx, _) =>
        {
            tx.AddChange(new GrainId("NewGrain", "new"), "changed");
            return Task.CompletedTask;
        });
        await silo.ChangeFeed.WaitForAsync(position, CancellationToken.None);

        Assert.True(position > 3);
        lock (seen)
        {
            Assert.Equal([("new", position)], seen.Select(c => (c.Grain.Key, c.Position)));
        }

        await using var check = new NpgsqlConnection(storage.PostgresConnectionString);
        Assert.Equal(scripts.Select(s => s.Version), await check.QueryAsync<int>("SELECT version FROM schema_migrations ORDER BY version"));
        Assert.Null(await check.ExecuteScalarAsync<string?>("SELECT to_regclass('change_log_head')::text"));
        Assert.Equal(3, await check.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM change_log WHERE grain_type = 'OldGrain'"));

        // Run again by hand, the migration changes nothing and does not fail.
        await check.ExecuteAsync(scripts.Single(s => s.Version == HorizonMigration).Sql);
    }
}
