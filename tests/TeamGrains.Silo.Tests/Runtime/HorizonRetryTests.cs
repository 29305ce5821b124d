using TeamGrains.Silo.Runtime;
using TeamGrains.Silo.Tests.Infrastructure;

namespace TeamGrains.Silo.Tests.Runtime;

/// <summary>While rows are held above the horizon the follower looks again at a short fixed interval, backing off only once the horizon is stuck.</summary>
public sealed class HorizonRetryTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(5);
    private static readonly TimeSpan StuckAfter = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxRetry = TimeSpan.FromMilliseconds(100);

    private readonly ManualTimeProvider _time = new();

    [Fact]
    public void NothingHeldMeansNoRetry()
    {
        var retry = new HorizonRetry(Interval, StuckAfter, MaxRetry, _time);

        Assert.Equal(TimeSpan.Zero, retry.Next(held: false, horizon: 10));
    }

    [Fact]
    public void AHeldHorizonIsLookedAtEveryIntervalWithoutBackingOffUntilItIsStuck()
    {
        var retry = new HorizonRetry(Interval, StuckAfter, MaxRetry, _time);

        for (var i = 0; i < 50; i++)
        {
            Assert.Equal(Interval, retry.Next(held: true, horizon: 10));
            _time.Advance(TimeSpan.FromMilliseconds(15));
        }
    }

    [Fact]
    public void AStuckHorizonBacksOffToTheMaximumAndAMovingOneResetsIt()
    {
        var retry = new HorizonRetry(Interval, StuckAfter, MaxRetry, _time);
        retry.Next(held: true, horizon: 10);
        _time.Advance(StuckAfter);

        var waits = Enumerable.Range(0, 6).Select(_ => retry.Next(held: true, horizon: 10)).ToList();
        Assert.Equal([10, 20, 40, 80, 100, 100], waits.Select(w => (int)w.TotalMilliseconds));

        Assert.Equal(Interval, retry.Next(held: true, horizon: 11));
        Assert.Equal(Interval, retry.Next(held: true, horizon: 11));
    }
}
