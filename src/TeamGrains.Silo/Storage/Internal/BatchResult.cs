namespace TeamGrains.Silo.Storage.Internal;

/// <summary>What <see cref="StorageProvider.ExecuteAndAppendAsync"/> gave: rows affected per statement, in order, and the append's result.</summary>
internal sealed record BatchResult(IReadOnlyList<int> RowsAffected, AppendResult Appended);
