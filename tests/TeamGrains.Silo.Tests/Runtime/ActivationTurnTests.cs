using TeamGrains.Interfaces.Runtime;
using TeamGrains.Silo.Runtime;

namespace TeamGrains.Silo.Tests.Runtime;

/// <summary>The activation's own turn (no SemaphoreSlim): one holder, waiters first come first served, none overtaken.</summary>
public sealed class ActivationTurnTests
{
    // The turn uses neither the registration nor the catalog.
    private static GrainActivation NewActivation() => new(new GrainId("test", Guid.NewGuid().ToString("N")), null!, null!);

    [Fact]
    public async Task WaitersGetTheTurnInArrivalOrderAndNobodyOvertakesThem()
    {
        var activation = NewActivation();
        Assert.True(activation.TryEnterTurn());
        Assert.True(activation.IsInTurn);
        var first = activation.EnterTurnAsync(Timeout.InfiniteTimeSpan);
        var second = activation.EnterTurnAsync(Timeout.InfiniteTimeSpan);
        Assert.False(first.IsCompleted);

        activation.ExitTurn();
        Assert.True(await first);
        Assert.False(second.IsCompleted);
        Assert.False(activation.TryEnterTurn()); // handed over, never free in between

        activation.ExitTurn();
        Assert.True(await second);
        activation.ExitTurn();
        Assert.False(activation.IsInTurn);
        Assert.True(activation.TryEnterTurn());
    }

    [Fact]
    public async Task AWaiterThatGivesUpLeavesTheQueueAndTheNextOneGetsTheTurn()
    {
        var activation = NewActivation();
        Assert.True(activation.TryEnterTurn());
        Assert.False(await activation.EnterTurnAsync(TimeSpan.Zero));
        var timedOut = activation.EnterTurnAsync(TimeSpan.FromMilliseconds(1));
        using var cancellation = new CancellationTokenSource();
        var cancelled = activation.EnterTurnAsync(cancellation.Token);
        var patient = activation.EnterTurnAsync(Timeout.InfiniteTimeSpan);

        Assert.False(await timedOut);
        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        activation.ExitTurn();
        Assert.True(await patient);
        Assert.True(activation.IsInTurn);
    }

    [Fact]
    public async Task CallsRacingForTheTurnNeverHoldItTogetherAndAllGetIt()
    {
        var activation = NewActivation();
        var inside = 0;
        var overlaps = 0;
        var served = 0;
        const int Workers = 4;
        const int Rounds = 2_000;

        var workers = Enumerable.Range(0, Workers).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < Rounds; i++)
            {
                // Mix the warm path (TryEnterTurn) with waiting, as calls do.
                if (!((w + i) % 3 == 0 && activation.TryEnterTurn()))
                {
                    Assert.True(await activation.EnterTurnAsync(Timeout.InfiniteTimeSpan));
                }

                if (Interlocked.Increment(ref inside) != 1)
                {
                    Interlocked.Increment(ref overlaps);
                }

                served++;
                Interlocked.Decrement(ref inside);
                activation.ExitTurn();
            }
        }));
        await Task.WhenAll(workers);

        Assert.Equal(0, overlaps);
        Assert.Equal(Workers * Rounds, served);
        Assert.False(activation.IsInTurn);
    }

    [Fact]
    public async Task ACallThatStartsWaitingWhileTheFirstHolderLetsGoIsNotLeftWaiting()
    {
        // The one racy moment: the first wait of an activation (the waiting list is made) against the exit
        // of the holder that saw no list. Fresh activations, so every round meets that moment again.
        for (var round = 0; round < 2_000; round++)
        {
            var activation = NewActivation();
            Assert.True(activation.TryEnterTurn());
            using var start = new Barrier(2);
            var exit = Task.Run(() =>
            {
                start.SignalAndWait();
                activation.ExitTurn();
            });
            var enter = Task.Run(() =>
            {
                start.SignalAndWait();
                return activation.EnterTurnAsync(Timeout.InfiniteTimeSpan);
            });
            await exit;

            // Generous bound, only so that a stranded waiter fails the test instead of hanging the run.
            Assert.True(await enter.WaitAsync(TimeSpan.FromSeconds(30)));
            Assert.True(activation.IsInTurn);
        }
    }
}
