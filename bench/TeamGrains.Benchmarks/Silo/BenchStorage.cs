namespace TeamGrains.Benchmarks.Silo;

/// <summary>Which database a silo benchmark runs on.</summary>
public enum BenchStorage
{
    Sqlite,
    PostgreSql,
}
