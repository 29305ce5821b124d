namespace TeamGrains.Silo.Runtime;

/// <summary>
/// When the follower looks again while rows or waiters are held above the horizon. The end of the
/// transaction holding them sends no wake-up when it wrote nothing to the log (a rollback after a lost
/// race, a write that changed nothing), so the follower looks every <c>interval</c> (a few
/// milliseconds: this is the delay such an end adds to subscription events). A horizon that has not
/// moved for <c>stuckAfter</c> is held by a long transaction (idle in transaction, a batch job); then
/// the wait doubles up to <c>maxRetry</c>, so a stuck horizon does not cost a read every few milliseconds.
/// </summary>
internal sealed class HorizonRetry(TimeSpan interval, TimeSpan stuckAfter, TimeSpan maxRetry, TimeProvider time)
{
    private long _horizon = long.MinValue;
    private long _movedAt;
    private TimeSpan _current;

    /// <summary>The wait before the next look (zero: nothing is held, wait for a wake-up or the poll).</summary>
    public TimeSpan Next(bool held, long horizon)
    {
        var now = time.GetTimestamp();
        if (horizon != _horizon)
        {
            _horizon = horizon;
            _movedAt = now;
            _current = interval;
        }

        if (!held)
        {
            return TimeSpan.Zero;
        }

        if (time.GetElapsedTime(_movedAt, now) < stuckAfter)
        {
            return interval;
        }

        _current = TimeSpan.FromTicks(Math.Min(Math.Max(_current.Ticks * 2, interval.Ticks), Math.Max(maxRetry.Ticks, interval.Ticks)));
        return _current;
    }
}
