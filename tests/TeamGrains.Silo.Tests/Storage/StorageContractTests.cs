using Dapper;
using Microsoft.Extensions.DependencyInjection;
using TeamGrains.Interfaces.Runtime;
using TeamGrains.Silo.Runtime;
using TeamGrains.Silo.Storage;
using TeamGrains.Silo.Storage.Internal;
using TeamGrains.Silo.Tests.Infrastructure;

namespace TeamGrains.Silo.Tests.Storage;

/// <summary>The storage contract, run once per provider (one subclass each): the runtime relies on every line of it.</summary>
public abstract class StorageContractTests(IStorageFixture fixture)
{
    private static readonly GrainId Writer = new("ContractGrain", "writer");

    [StorageFact]
    public async Task MigrationsApplyOnceAndAStartOverAnExistingSchemaChangesNothing()
    {
        var storage = await fixture.CreateIsolatedAsync();
        var expected = MigrationScript.Load(fixture.Dialect).Select(s => (long)s.Version).ToList();

        await using (var first = await TestSilo.StartAsync(storage))
        {
            Assert.Equal(expected, await AppliedMigrationsAsync(first.Storage));
        }

        await using var second = await TestSilo.StartAsync(storage);
        Assert.Equal(expected, await AppliedMigrationsAsync(second.Storage));
        Assert.Equal(0, await second.Services.GetRequiredService<MigrationRunner>().RunAsync(CancellationToken.None));
    }

    [StorageFact]
    public async Task TwoNodesStartingAtOnceOnAnEmptyDatabaseBothStart()
    {
        var storage = await fixture.CreateIsolatedAsync();
        var starts = Enumerable.Range(0, 3).Select(_ => TestSilo.StartAsync(storage)).ToList();
        var silos = await Task.WhenAll(starts);
        try
        {
            var expected = MigrationScript.Load(fixture.Dialect).Select(s => (long)s.Version).ToList();
            Assert.Equal(expected, await AppliedMigrationsAsync(silos[0].Storage));
        }
        finally
        {
            foreach (var silo in silos)
            {
                await silo.DisposeAsync();
            }
        }
    }

    [StorageFact]
    public async Task AVersionWriteSucceedsOnlyFromTheCurrentVersion()
    {
        await using var silo = await TestSilo.StartAsync(fixture.Storage);
        var runner = silo.Services.GetRequiredService<TransactionRunner>();
        var grain = new GrainId("ContractGrain", Guid.NewGuid().ToString("N"));

        await runner.WriteAsync(grain, 0, "created", NoSql, CancellationToken.None);
        await Assert.ThrowsAsync<GrainConflictException>(() => runner.WriteAsync(grain, 0, "created", NoSql, CancellationToken.None));
        await runner.WriteAsync(grain, 1, "changed", NoSql, CancellationToken.None);
        await Assert.ThrowsAsync<GrainConflictException>(() => runner.WriteAsync(grain, 1, "changed", NoSql, CancellationToken.None));

        Assert.Equal(2, await VersionOfAsync(silo.Storage, grain));
    }

    [StorageTheory]
    [InlineData(2)]
    [InlineData(6)]
    public async Task OfConcurrentWritersFromOneVersionExactlyOneCommits(int writers)
    {
        await using var silo = await TestSilo.StartAsync(fixture.Storage);
        var runner = silo.Services.GetRequiredService<TransactionRunner>();
        var grain = new GrainId("ContractGrain", Guid.NewGuid().ToString("N"));
        await runner.WriteAsync(grain, 0, "created", NoSql, CancellationToken.None);

        var attempts = Enumerable.Range(0, writers).Select(async _ =>
        {
            try
            {
                await runner.WriteAsync(grain, 1, "changed", NoSql, CancellationToken.None);
                return true;
            }
            catch (GrainConflictException)
            {
                return false;
            }
        });
        var outcomes = await Task.WhenAll(attempts);

        Assert.Equal(1, outcomes.Count(committed => committed));
        Assert.Equal(2, await VersionOfAsync(silo.Storage, grain));
    }

    [StorageFact]
    public async Task AFailedWriteLeavesNoTrace()
    {
        await using var silo = await TestSilo.StartAsync(fixture.Storage);
        var runner = silo.Services.GetRequiredService<TransactionRunner>();
        var grain = new GrainId("ContractGrain", Guid.NewGuid().ToString("N"));
        var other = new GrainId("ContractGrain", Guid.NewGuid().ToString("N"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => runner.WriteAsync(grain, 0, "created", (tx, _) =>
        {
            tx.AddChange(other, "touched");
            throw new InvalidOperationException("the grain changed its mind");
        }, CancellationToken.None));

        Assert.Equal(0, await VersionOfAsync(silo.Storage, grain));
        Assert.Equal(0, await VersionOfAsync(silo.Storage, other));
        Assert.Equal(0, await LogRowsOfAsync(silo.Storage, grain, other));
    }

    [StorageFact]
    public async Task ATransactionThatNamesMoreRowsThanAPositionBlockHoldsIsRefusedWhole()
    {
        await using var silo = await TestSilo.StartAsync(fixture.Storage);
        var runner = silo.Services.GetRequiredService<TransactionRunner>();
        var grain = new GrainId("ContractGrain", Guid.NewGuid().ToString("N"));

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => runner.WriteAsync(grain, 0, "created", (tx, _) =>
        {
            // With the writer's own row: one more than a transaction's block of positions holds.
            for (var i = 0; i < ChangeLogSql.MaxChangesPerTransaction; i++)
            {
                tx.AddChange(grain, "bulk", i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            tx.AddChange(new GrainId("ContractGrain", grain.Key + "-other"), "touched");
            return Task.CompletedTask;
        }, CancellationToken.None));

        Assert.Contains("65535", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, await VersionOfAsync(silo.Storage, grain));
        Assert.Equal(0, await LogRowsOfAsync(silo.Storage, grain));
    }

    [StorageFact]
    public async Task AUniqueViolationNamesItsConstraint()
    {
        await using var silo = await TestSilo.StartAsync(fixture.Storage);
        var table = "contract_" + Guid.NewGuid().ToString("N")[..8];
        await silo.Storage.WriteAsync((tx, ct) => tx.Connection.ExecuteAsync(new CommandDefinition(
            $"CREATE TABLE {table} (id INTEGER PRIMARY KEY, email TEXT NOT NULL, CONSTRAINT {table}_email_key UNIQUE (email))",
            transaction: tx.Transaction, cancellationToken: ct)));
        var insert = $"INSERT INTO {table} (id, email) VALUES (@id, 'a@example.com')";
        await silo.Storage.WriteAsync((tx, ct) => tx.Connection.ExecuteAsync(new CommandDefinition(insert, new { id = 1 }, tx.Transaction, cancellationToken: ct)));

        var violation = await Assert.ThrowsAsync<UniqueViolationException>(() => silo.Storage.WriteAsync((tx, ct) =>
            tx.Connection.ExecuteAsync(new CommandDefinition(insert, new { id = 2 }, tx.Transaction, cancellationToken: ct))));

        Assert.Contains(fixture.Dialect == StorageDialect.PostgreSql ? $"{table}_email_key" : $"{table}.email", violation.ConstraintName);
    }

    [StorageFact]
    public async Task DeferredStatementsCommitWithTheWriteInOrderAndOnlyWithIt()
    {
        await using var silo = await TestSilo.StartAsync(fixture.Storage);
        var runner = silo.Services.GetRequiredService<TransactionRunner>();
        var table = "deferred_" + Guid.NewGuid().ToString("N")[..8];
        await silo.Storage.WriteAsync((tx, ct) => tx.Connection.ExecuteAsync(new CommandDefinition(
            $"CREATE TABLE {table} (id INTEGER PRIMARY KEY, note TEXT)", transaction: tx.Transaction, cancellationToken: ct)));
        var grain = new GrainId("ContractGrain", Guid.NewGuid().ToString("N"));
        Statement Insert(int id, string? note) => new($"INSERT INTO {table} (id, note) VALUES (@id, @note)", [new("@id", id), new("@note", note)]);

        // Two rows queued in order (the second updates the first's), a null parameter, one commit.
        await runner.WriteAsync(grain, 0, "created", (tx, _) =>
        {
            tx.Defer(Insert(1, null));
            tx.Defer(new Statement($"UPDATE {table} SET note = 'second' WHERE id = @id", [new("@id", 1)]));
            return Task.CompletedTask;
        }, CancellationToken.None);
        Assert.Equal("second", await ScalarAsync<string>(silo.Storage, $"SELECT note FROM {table} WHERE id = 1"));

        // A lost compare-and-set takes the queued row with it.
        await Assert.ThrowsAsync<GrainConflictException>(() => runner.WriteAsync(grain, 0, "created", (tx, _) =>
        {
            tx.Defer(Insert(2, "lost"));
            return Task.CompletedTask;
        }, CancellationToken.None));

        // A queued statement that fails rolls back the caller's own SQL, the version and the log row.
        await Assert.ThrowsAsync<UniqueViolationException>(() => runner.WriteAsync(grain, 1, "changed", async (tx, ct) =>
        {
            await tx.Connection.ExecuteAsync(new CommandDefinition(
                $"INSERT INTO {table} (id, note) VALUES (3, 'direct')", transaction: tx.Transaction, cancellationToken: ct));
            tx.Defer(Insert(1, "duplicate"));
        }, CancellationToken.None));

        Assert.Equal(1L, await ScalarAsync<long>(silo.Storage, $"SELECT COUNT(*) FROM {table}"));
        Assert.Equal(1, await VersionOfAsync(silo.Storage, grain));
        Assert.Equal(1, await LogRowsOfAsync(silo.Storage, grain));
        await Assert.ThrowsAsync<InvalidOperationException>(() => silo.Storage.ReadAsync((tx, _) =>
        {
            tx.Defer(Insert(4, "read"));
            return Task.FromResult(0);
        }));
    }

    [StorageFact]
    public async Task ADeferredStatementThatMissesItsRowCountFailsTheWriteUnlessTheWriterWasStale()
    {
        await using var silo = await TestSilo.StartAsync(fixture.Storage);
        var runner = silo.Services.GetRequiredService<TransactionRunner>();
        var grain = new GrainId("ContractGrain", Guid.NewGuid().ToString("N"));
        var other = new GrainId("ContractGrain", Guid.NewGuid().ToString("N"));
        Func<IStorageTransaction, CancellationToken, Task> missingRow = (tx, _) =>
        {
            tx.AddChange(other, "touched");
            tx.Defer(new Statement("UPDATE grain_versions SET version = version WHERE grain_key = @key", [new("@key", "no such grain")])
            {
                ExpectedRows = 1,
                Unexpected = () => new KeyNotFoundException("no row"),
            });
            return Task.CompletedTask;
        };

        await Assert.ThrowsAsync<KeyNotFoundException>(() => runner.WriteAsync(grain, 0, "created", missingRow, CancellationToken.None));
        Assert.Equal(0, await VersionOfAsync(silo.Storage, grain));
        Assert.Equal(0, await VersionOfAsync(silo.Storage, other));
        Assert.Equal(0, await LogRowsOfAsync(silo.Storage, grain, other));

        // A writer whose version moved re-decides (conflict) instead of reporting its stale expectation.
        await runner.WriteAsync(grain, 0, "created", NoSql, CancellationToken.None);
        await Assert.ThrowsAsync<GrainConflictException>(() => runner.WriteAsync(grain, 0, "created", missingRow, CancellationToken.None));
    }

    private static Task<T> ScalarAsync<T>(IStorage storage, string sql)
        => storage.ReadAsync(async (tx, ct) => (await tx.Connection.ExecuteScalarAsync<T>(new CommandDefinition(sql, transaction: tx.Transaction, cancellationToken: ct)))!);

    [StorageFact]
    public async Task ConcurrentWritersGetDistinctPositionsPublishedOnceInOrder()
    {
        await using var silo = await TestSilo.StartAsync(fixture.Storage);
        var published = new List<ChangeRecord>();
        using var subscription = silo.ChangeFeed.Subscribe(change =>
        {
            lock (published)
            {
                published.Add(change);
            }
        });
        var start = silo.ChangeFeed.AppliedPosition;
        var prefix = Guid.NewGuid().ToString("N");

        const int writers = 6;
        const int writesEach = 10;
        var returned = await Task.WhenAll(Enumerable.Range(0, writers).Select(async w =>
        {
            var positions = new List<long>();
            for (var i = 0; i < writesEach; i++)
            {
                positions.Add(await silo.Storage.WriteAsync((tx, _) =>
                {
                    // Two rows per commit: the positions of one commit are consecutive.
                    tx.AddChange(new GrainId("ContractGrain", $"{prefix}-{w}"), "first", $"{w}:{i}");
                    tx.AddChange(new GrainId("ContractGrain", $"{prefix}-{w}"), "second", $"{w}:{i}");
                    return Task.CompletedTask;
                }));
            }

            return positions;
        }));
        var lasts = returned.SelectMany(p => p).Order().ToList();
        await silo.ChangeFeed.WaitForAsync(lasts[^1], CancellationToken.None);

        var ours = (await LogAfterAsync(silo.Storage, start)).Where(r => r.Key.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        Assert.Equal(writers * writesEach * 2, ours.Count);
        Assert.Equal(lasts, ours.Where(r => r.Kind == "second").Select(r => r.Position));
        Assert.Equal(lasts.Select(p => p - 1), ours.Where(r => r.Kind == "first").Select(r => r.Position));
        Assert.True(silo.ChangeFeed.AppliedPosition >= lasts[^1]);
        if (fixture.Dialect == StorageDialect.Sqlite)
        {
            // SQLite keeps its counter: one writer at a time, so positions are gapless too.
            Assert.Equal(Enumerable.Range(1, ours.Count).Select(i => start + i), ours.Select(r => r.Position));
        }

        lock (published)
        {
            var publishedOurs = published.Where(c => c.Grain.Key.StartsWith(prefix, StringComparison.Ordinal)).Select(c => c.Position).ToList();
            Assert.Equal(ours.Select(r => r.Position), publishedOurs);
            Assert.True(published.Select(c => c.Position).Zip(published.Skip(1).Select(c => c.Position)).All(pair => pair.First < pair.Second));
        }
    }

    [StorageFact]
    public async Task NamingAGrainInAWriteMovesItsVersion()
    {
        await using var silo = await TestSilo.StartAsync(fixture.Storage);
        var runner = silo.Services.GetRequiredService<TransactionRunner>();
        var named = new GrainId("ContractGrain", Guid.NewGuid().ToString("N"));

        await silo.Storage.WriteAsync((tx, _) =>
        {
            tx.AddChange(named, "touched");
            return Task.CompletedTask;
        });

        Assert.Equal(1, await VersionOfAsync(silo.Storage, named));
        await Assert.ThrowsAsync<GrainConflictException>(() => runner.WriteAsync(named, 0, "created", NoSql, CancellationToken.None));
    }

    [StorageFact]
    public async Task AReadSeesOnlyCommittedWrites()
    {
        await using var silo = await TestSilo.StartAsync(fixture.Storage);
        var runner = silo.Services.GetRequiredService<TransactionRunner>();
        var grain = new GrainId("ContractGrain", Guid.NewGuid().ToString("N"));
        var inside = new TaskCompletionSource();
        var release = new TaskCompletionSource();

        var write = runner.WriteAsync(grain, 0, "created", async (_, _) =>
        {
            inside.SetResult();
            await release.Task;
        }, CancellationToken.None);
        await inside.Task;

        Assert.Equal(0, await VersionOfAsync(silo.Storage, grain));
        release.SetResult();
        await write;
        Assert.Equal(1, await VersionOfAsync(silo.Storage, grain));
    }

    [StorageFact]
    public async Task PruningDeletesOnlyRowsPastTheRetentionAndNodesFollowOnAfterIt()
    {
        var storage = await fixture.CreateIsolatedAsync();
        await using var silo = await TestSilo.StartAsync(storage, configureRuntime: o => o.ChangeLogRetention = TimeSpan.FromHours(1));
        var prefix = Guid.NewGuid().ToString("N");
        for (var i = 0; i < 3; i++)
        {
            await AppendAsync(silo.Storage, $"{prefix}-old-{i}");
        }

        await AppendAsync(silo.Storage, $"{prefix}-new");
        await silo.Storage.WriteAsync((tx, ct) => tx.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE change_log SET committed_at = @at WHERE grain_key LIKE @old",
            new { at = DateTimeOffset.UtcNow.AddHours(-2), old = prefix + "-old-%" }, tx.Transaction, cancellationToken: ct)));

        var pruner = silo.Services.GetRequiredService<ChangeLogPruner>();
        Assert.Equal(3, await pruner.PruneAsync(CancellationToken.None));
        Assert.Equal(0, await pruner.PruneAsync(CancellationToken.None));
        Assert.Equal([$"{prefix}-new"], (await LogAfterAsync(silo.Storage, 0)).Select(r => r.Key));

        // Pruning takes nothing a node still needs: a node started now follows the next commits.
        await using var other = await TestSilo.StartAsync(storage);
        var seen = new List<string>();
        using var subscription = other.ChangeFeed.Subscribe(change =>
        {
            lock (seen)
            {
                seen.Add(change.Grain.Key);
            }
        });
        await AppendAsync(silo.Storage, $"{prefix}-after");
        await other.ChangeFeed.WaitForAsync(await silo.ChangeFeed.ReadHeadAsync(CancellationToken.None), CancellationToken.None);
        lock (seen)
        {
            Assert.Contains($"{prefix}-after", seen);
        }
    }

    private static Task<long> AppendAsync(IStorage storage, string key) => storage.WriteAsync((tx, _) =>
    {
        tx.AddChange(new GrainId("ContractGrain", key), "changed");
        return Task.CompletedTask;
    });

    private static Task NoSql(IStorageTransaction transaction, CancellationToken cancellationToken) => Task.CompletedTask;

    private static Task<long> VersionOfAsync(IStorage storage, GrainId grain) => storage.ReadAsync(async (tx, ct) =>
        await tx.Connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT version FROM grain_versions WHERE grain_type = @Type AND grain_key = @Key", new { grain.Type, grain.Key }, tx.Transaction, cancellationToken: ct)) ?? 0);

    private static Task<long> LogRowsOfAsync(IStorage storage, params GrainId[] grains) => storage.ReadAsync(async (tx, ct) =>
    {
        long count = 0;
        foreach (var grain in grains)
        {
            count += await tx.Connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "SELECT COUNT(*) FROM change_log WHERE grain_key = @Key", new { grain.Key }, tx.Transaction, cancellationToken: ct));
        }

        return count;
    });

    private static Task<List<LogRow>> LogAfterAsync(IStorage storage, long after) => storage.ReadAsync(async (tx, ct) =>
        (await tx.Connection.QueryAsync<LogRow>(new CommandDefinition(
            "SELECT position AS Position, grain_key AS Key, kind AS Kind FROM change_log WHERE position > @after ORDER BY position",
            new { after }, tx.Transaction, cancellationToken: ct))).ToList());

    private static Task<List<long>> AppliedMigrationsAsync(IStorage storage) => storage.ReadAsync(async (tx, ct) =>
        (await tx.Connection.QueryAsync<long>(new CommandDefinition(
            "SELECT version FROM schema_migrations ORDER BY version", transaction: tx.Transaction, cancellationToken: ct))).ToList());

    private sealed record LogRow(long Position, string Key, string Kind);
}
