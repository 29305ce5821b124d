using TeamGrains.Interfaces;
using TeamGrains.Silo.Tests.Infrastructure;
using TeamGrains.Silo.Tests.Runtime.TestGrains;

namespace TeamGrains.Silo.Tests.Runtime;

/// <summary>
/// The per-grain write lock makes a contended call's re-run win against other nodes' calls, but not
/// against changes that take no lock: when every attempt is overtaken, the call still ends in CONFLICT
/// after MaxConflictRetries re-runs, and commits nothing.
/// </summary>
[PostgresTestClass]
public sealed class ConflictRetryLimitTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    [PostgresFact]
    public async Task ACallOvertakenOnEveryAttemptEndsInConflictAfterTheRetries()
    {
        var probe = new GrainProbe();
        await using var node = await TestSilo.StartAsync(database.Storage, s => s.AddCounterGrain(probe), o => o.MaxConflictRetries = 3);
        await CounterSchema.CreateAsync(node.Storage);
        var key = Guid.NewGuid().ToString("N");

        var error = await Assert.ThrowsAsync<TeamGrainsException>(() => node.GetGrain<ICounterGrain>(key).IncrementAlwaysOvertakenAsync(1));

        Assert.Equal(ErrorCodes.Conflict, error.Code);
        Assert.Equal(4, probe.Count(key, "attempt"));
        Assert.Equal(0, await CounterSchema.ReadAsync(node.Storage, key));
    }
}
