namespace TeamGrains.Silo.Storage.Internal;

/// <summary>
/// One read of the change log, in one snapshot: the committed rows after a position, in position order
/// (some may lie above <paramref name="Horizon"/>: committed by transactions that started after one
/// that still runs), the horizon itself, and whether the log holds rows above the horizon.
/// </summary>
internal sealed record ChangeLogBatch(long Horizon, IReadOnlyList<ChangeRecord> Rows, bool RowsAboveHorizon);
