using TeamGrains.Interfaces.Runtime;

namespace TeamGrains.Benchmarks.Runtime;

/// <summary>A grain that writes on every call, to measure the versioned write path.</summary>
public interface IBenchCounterGrain : IGrainWithStringKey
{
    Task<long> IncrementAsync();
}
