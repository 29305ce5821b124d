namespace TeamGrains.Silo.Storage.Internal;

/// <summary>
/// One read of the change log: rows after a position, in position order, all at or below
/// <paramref name="Horizon"/>, read in the same snapshot as the horizon itself, and whether rows
/// above the horizon were already there (committed by transactions that started after one that
/// still runs: they become readable when it finishes).
/// </summary>
internal sealed record ChangeLogBatch(long Horizon, IReadOnlyList<ChangeRecord> Rows, bool RowsAboveHorizon);
