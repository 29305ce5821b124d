namespace TeamGrains.Silo.Tests.Invitations;

/// <summary>A clock the test moves by hand (timers still run on the system clock), so expiry needs no waiting.</summary>
public sealed class ManualTimeProvider : TimeProvider
{
    private long _utcTicks = DateTimeOffset.UtcNow.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _utcTicks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _utcTicks, by.Ticks);
}
