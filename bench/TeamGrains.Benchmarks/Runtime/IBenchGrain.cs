using TeamGrains.Interfaces.Runtime;

namespace TeamGrains.Benchmarks.Runtime;

/// <summary>A grain that answers from memory, to measure the runtime's own cost per call.</summary>
public interface IBenchGrain : IGrainWithStringKey
{
    Task<int> GetAsync();

    ValueTask<int> GetValueAsync();

    Task TouchAsync();

    [AlwaysInterleave]
    Task<int> PeekAsync();
}
