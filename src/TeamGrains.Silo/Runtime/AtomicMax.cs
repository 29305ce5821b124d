namespace TeamGrains.Silo.Runtime;

/// <summary>Raises a shared <see cref="long"/> to a value if it is below it, without a lock (many threads may race).</summary>
internal static class AtomicMax
{
    public static void Raise(ref long location, long value)
    {
        var seen = Interlocked.Read(ref location);
        while (value > seen)
        {
            var previous = Interlocked.CompareExchange(ref location, value, seen);
            if (previous == seen)
            {
                return;
            }

            seen = previous;
        }
    }
}
