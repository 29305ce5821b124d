namespace TeamGrains.Benchmarks.Runtime;

public sealed record BenchCounterState(long Value);
