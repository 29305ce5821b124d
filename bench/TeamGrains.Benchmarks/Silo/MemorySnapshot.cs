using System.Diagnostics;

namespace TeamGrains.Benchmarks.Silo;

/// <summary>Managed heap after a full blocking, compacting collection, and the process working set.</summary>
internal readonly record struct MemorySnapshot(long ManagedBytes, long WorkingSetBytes)
{
    public static MemorySnapshot Take()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var managed = GC.GetTotalMemory(forceFullCollection: true);
        using var process = Process.GetCurrentProcess();
        return new MemorySnapshot(managed, process.WorkingSet64);
    }

    public static MemorySnapshot operator -(MemorySnapshot after, MemorySnapshot before)
        => new(after.ManagedBytes - before.ManagedBytes, after.WorkingSetBytes - before.WorkingSetBytes);

    public string PerItem(long count)
        => $"managed {ManagedBytes / 1024.0 / 1024.0,8:F1} MB = {(double)ManagedBytes / count,7:F0} B each; "
         + $"working set {WorkingSetBytes / 1024.0 / 1024.0,8:F1} MB = {(double)WorkingSetBytes / count,7:F0} B each";
}
