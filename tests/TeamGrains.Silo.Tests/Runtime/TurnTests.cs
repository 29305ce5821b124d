using TeamGrains.Interfaces;
using TeamGrains.Silo.Tests.Infrastructure;
using TeamGrains.Silo.Tests.Runtime.TestGrains;

namespace TeamGrains.Silo.Tests.Runtime;

public sealed class TurnTests(SqliteFileFixture database) : IClassFixture<SqliteFileFixture>
{
    private readonly GrainProbe _probe = new();

    [Fact]
    public async Task CallsToOneActivationRunOneAtATimeInArrivalOrder()
    {
        await using var silo = await StartAsync(TimeSpan.FromSeconds(30));
        var key = NewKey();
        var counter = silo.GetGrain<ICounterGrain>(key);
        await counter.GetAsync();

        var first = counter.HoldAsync(key + "1");
        await _probe.Reached(key + "1");
        var second = counter.HoldAsync(key + "2");
        var third = counter.HoldAsync(key + "3");

        // Hold runs synchronously up to its gate, so a call let into the turn would have reached it already.
        Assert.False(_probe.Reached(key + "2").IsCompleted);
        _probe.Open(key + "1");
        await _probe.Reached(key + "2");
        Assert.False(_probe.Reached(key + "3").IsCompleted);
        _probe.Open(key + "2");
        _probe.Open(key + "3");
        await Task.WhenAll(first, second, third);

        var expected = new[] { "1", "2", "3" }.SelectMany(g => new[] { "enter:" + key + g, "exit:" + key + g });
        Assert.Equal(expected, _probe.EventsOf(key).Where(e => e.StartsWith("enter", StringComparison.Ordinal) || e.StartsWith("exit", StringComparison.Ordinal)));
        Assert.DoesNotContain("overlap", _probe.EventsOf(key));
    }

    [Fact]
    public async Task AnAlwaysInterleaveCallRunsWhileTheTurnIsHeld()
    {
        await using var silo = await StartAsync(TimeSpan.FromSeconds(30));
        var key = NewKey();
        var counter = silo.GetGrain<ICounterGrain>(key);
        await counter.IncrementAsync(7);

        var held = counter.HoldAsync(key);
        await _probe.Reached(key);
        var inTurn = counter.GetAsync();

        Assert.Equal(7, await counter.PeekAsync());
        Assert.False(inTurn.IsCompleted);
        _probe.Open(key);
        await held;
        Assert.Equal(7, await inTurn);
    }

    [Fact]
    public async Task ACycleOfNonReentrantCallsFailsWithUnavailableInsteadOfHanging()
    {
        await using var silo = await StartAsync(TimeSpan.FromMilliseconds(300));
        var a = silo.GetGrain<ICounterGrain>(NewKey());
        var b = NewKey();

        var error = await Assert.ThrowsAsync<TeamGrainsException>(() => a.CallOtherAsync(b));

        Assert.Equal(ErrorCodes.Unavailable, error.Code);
        Assert.DoesNotContain("Grain", error.Message, StringComparison.Ordinal);
        // Once the inner call has timed out too, the chain unwinds and both grains serve again. The
        // unwinding itself takes a call timeout, so a read issued meanwhile may time out as well: a
        // stuck activation would fail every attempt, a recovered one answers one of them.
        Assert.Equal(0, await ServedAgainAsync(a.GetAsync));
        Assert.Equal(0, await ServedAgainAsync(silo.GetGrain<ICounterGrain>(b).GetAsync));
    }

    [Fact]
    public async Task ACallThatDoesNotCompleteInTimeFailsWithUnavailableAndKeepsTheTurnUntilItEnds()
    {
        await using var silo = await StartAsync(TimeSpan.FromMilliseconds(200));
        var key = NewKey();
        var counter = silo.GetGrain<ICounterGrain>(key);

        var error = await Assert.ThrowsAsync<TeamGrainsException>(() => counter.HoldAsync(key));
        Assert.Equal(ErrorCodes.Unavailable, error.Code);
        Assert.DoesNotContain("exit:" + key, _probe.EventsOf(key));

        _probe.Open(key);
        await _probe.Recorded(key, "exit:" + key);
        Assert.Equal(0, await ServedAgainAsync(counter.GetAsync));
    }

    /// <summary>
    /// Reads until the grain answers, on a short call timeout: a busy test machine may stall one read
    /// past it, but 20 in a row only fail when the activation really is stuck.
    /// </summary>
    private static async Task<int> ServedAgainAsync(Func<Task<int>> read)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await read();
            }
            catch (TeamGrainsException error) when (error.Code == ErrorCodes.Unavailable && attempt < 20)
            {
                // Timed out behind the unwinding chain: ask again.
            }
        }
    }

    private async Task<TestSilo> StartAsync(TimeSpan callTimeout)
    {
        var silo = await TestSilo.StartAsync(database.Storage, s => s.AddCounterGrain(_probe), o => o.CallTimeout = callTimeout);
        await CounterSchema.CreateAsync(silo.Storage);
        return silo;
    }

    private static string NewKey() => Guid.NewGuid().ToString("N");
}
