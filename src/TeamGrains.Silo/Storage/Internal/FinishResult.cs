namespace TeamGrains.Silo.Storage.Internal;

/// <summary>
/// What ending a write gave: the append's result, and per statement the value it returned
/// (<see cref="Statement.ReturnsValue"/>; null for the others).
/// </summary>
internal sealed record FinishResult(AppendResult Appended, IReadOnlyList<long?> Values);
