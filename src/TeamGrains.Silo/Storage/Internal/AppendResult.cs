namespace TeamGrains.Silo.Storage.Internal;

/// <summary>
/// What appending a transaction's change-log rows gave: the last row's position, and the position the
/// writer's own state is at once it commits. The second is the horizon of the append's snapshot, not
/// the last position: on PostgreSQL a transaction with a lower xid, still running, can change the
/// writer's grain after this commit, and its rows must still count as newer than this state.
/// </summary>
internal readonly record struct AppendResult(long LastPosition, long StatePosition);
