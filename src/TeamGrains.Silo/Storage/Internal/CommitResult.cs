namespace TeamGrains.Silo.Storage.Internal;

/// <summary>
/// What a committed write produced: its last change-log position (0 when it named no change), the
/// position the writer's state is at (see <see cref="AppendResult.StatePosition"/>), its rows, and the
/// changes that named grains' local activations may absorb.
/// </summary>
internal sealed record CommitResult(long Position, long StatePosition, IReadOnlyList<ChangeRecord> Changes, IReadOnlyList<AbsorbableChange> Absorbable);
