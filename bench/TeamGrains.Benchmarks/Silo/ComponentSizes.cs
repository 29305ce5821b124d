using System.Collections.Concurrent;
using TeamGrains.Silo.Permissions;

namespace TeamGrains.Benchmarks.Silo;

/// <summary>
/// Retained size of the empty containers every user grain activation allocates (UserGrain's fields), measured
/// by keeping 10,000 of each alive and dividing the heap growth: where the per-user fixed cost goes.
/// </summary>
internal static class ComponentSizes
{
    private const int Count = 10_000;

    public static void Print(TextWriter output)
    {
        output.WriteLine("Retained bytes per empty instance (10,000 kept alive):");
        Measure(output, "ConcurrentDictionary<string, T>(Ordinal)", () => new ConcurrentDictionary<string, (long, object)>(StringComparer.Ordinal));
        Measure(output, "PermissionCache(capacity: 4096)", () => new PermissionCache(capacity: 4_096));
        Measure(output, "ConcurrentDictionary<Action, byte>", () => new ConcurrentDictionary<Action, byte>());
        Measure(output, "Dictionary<string, T>(Ordinal)", () => new Dictionary<string, object>(StringComparer.Ordinal));
        Measure(output, "SemaphoreSlim(1, 1)", () => new SemaphoreSlim(1, 1));
    }

    private static void Measure(TextWriter output, string name, Func<object> create)
    {
        var before = MemorySnapshot.Take();
        var kept = new object[Count];
        for (var i = 0; i < Count; i++)
        {
            kept[i] = create();
        }

        var grown = MemorySnapshot.Take() - before;
        GC.KeepAlive(kept);
        output.WriteLine($"  {name,-45} {(grown.ManagedBytes - (Count * IntPtr.Size)) / (double)Count,7:F0} B");
    }
}
