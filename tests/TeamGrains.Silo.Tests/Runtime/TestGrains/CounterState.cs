namespace TeamGrains.Silo.Tests.Runtime.TestGrains;

public sealed record CounterState(int Value);
