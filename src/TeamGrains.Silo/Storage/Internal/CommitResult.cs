namespace TeamGrains.Silo.Storage.Internal;

/// <summary>What a committed write produced: its last change-log position (0 when it named no change) and its rows.</summary>
internal sealed record CommitResult(long Position, IReadOnlyList<ChangeRecord> Changes);
