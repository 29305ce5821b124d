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
        var head = await HeadAsync(silo.Storage);

        await Assert.ThrowsAsync<InvalidOperationException>(() => runner.WriteAsync(grain, 0, "created", (tx, _) =>
        {
            tx.AddChange(new GrainId("ContractGrain", "other"), "touched");
            throw new InvalidOperationException("the grain changed its mind");
        }, CancellationToken.None));

        Assert.Equal(0, await VersionOfAsync(silo.Storage, grain));
        Assert.Equal(head, await HeadAsync(silo.Storage));
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
    public async Task ConcurrentWritersGetGaplessPositionsPublishedInOrder()
    {
        await using var silo = await TestSilo.StartAsync(fixture.Storage);
        var published = new List<long>();
        using var subscription = silo.ChangeFeed.Subscribe(change =>
        {
            lock (published)
            {
                published.Add(change.Position);
            }
        });
        var start = await HeadAsync(silo.Storage);

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
                    tx.AddChange(new GrainId("ContractGrain", $"w{w}"), "first", $"{w}:{i}");
                    tx.AddChange(new GrainId("ContractGrain", $"w{w}"), "second", $"{w}:{i}");
                    return Task.CompletedTask;
                }));
            }

            return positions;
        }));

        var expected = Enumerable.Range(1, writers * writesEach * 2).Select(i => start + i).ToList();
        Assert.Equal(expected, await LogPositionsAfterAsync(silo.Storage, start));
        Assert.Equal(expected.Where(p => (p - start) % 2 == 0), returned.SelectMany(p => p).Order());
        Assert.Equal(start + expected.Count, silo.ChangeFeed.AppliedPosition);
        lock (published)
        {
            Assert.Equal(expected, published.Where(p => p > start));
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

    private static Task NoSql(IStorageTransaction transaction, CancellationToken cancellationToken) => Task.CompletedTask;

    private static Task<long> VersionOfAsync(IStorage storage, GrainId grain) => storage.ReadAsync(async (tx, ct) =>
        await tx.Connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT version FROM grain_versions WHERE grain_type = @Type AND grain_key = @Key", new { grain.Type, grain.Key }, tx.Transaction, cancellationToken: ct)) ?? 0);

    private static Task<long> HeadAsync(IStorage storage) => storage.ReadAsync((tx, ct) =>
        tx.Connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT position FROM change_log_head", transaction: tx.Transaction, cancellationToken: ct)));

    private static Task<List<long>> LogPositionsAfterAsync(IStorage storage, long after) => storage.ReadAsync(async (tx, ct) =>
        (await tx.Connection.QueryAsync<long>(new CommandDefinition(
            "SELECT position FROM change_log WHERE position > @after ORDER BY position", new { after }, tx.Transaction, cancellationToken: ct))).ToList());

    private static Task<List<long>> AppliedMigrationsAsync(IStorage storage) => storage.ReadAsync(async (tx, ct) =>
        (await tx.Connection.QueryAsync<long>(new CommandDefinition(
            "SELECT version FROM schema_migrations ORDER BY version", transaction: tx.Transaction, cancellationToken: ct))).ToList());
}
