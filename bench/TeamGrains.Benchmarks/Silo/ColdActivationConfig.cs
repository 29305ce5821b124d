using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;

namespace TeamGrains.Benchmarks.Silo;

/// <summary>
/// One call per iteration (each iteration starts cold, prepared by an IterationSetup), so the sample count
/// is the iteration count: enough for a median on a shared machine, short enough to run once.
/// </summary>
public sealed class ColdActivationConfig : ManualConfig
{
    public ColdActivationConfig()
    {
        AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(5).WithIterationCount(40).WithInvocationCount(1).WithUnrollFactor(1));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(BenchmarkDotNet.Columns.StatisticColumn.Median, BenchmarkDotNet.Columns.StatisticColumn.Min, BenchmarkDotNet.Columns.StatisticColumn.Max);
    }
}
