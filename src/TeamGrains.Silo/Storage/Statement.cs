namespace TeamGrains.Silo.Storage;

/// <summary>
/// One SQL statement with its parameters (names as written in <see cref="Sql"/>, e.g. <c>@id</c>), for
/// the runtime to send together with others: <see cref="IStorageTransaction.Defer"/>.
/// </summary>
public sealed record Statement(string Sql, IReadOnlyList<KeyValuePair<string, object?>> Parameters)
{
    /// <summary>
    /// When set, the write fails (and rolls back) with <see cref="Unexpected"/>'s exception unless the
    /// statement affected exactly this many rows; checked after the writer's version check, so a writer
    /// that was stale gets a conflict (and re-decides) rather than this error.
    /// </summary>
    public int? ExpectedRows { get; init; }

    /// <summary>The error for a row count other than <see cref="ExpectedRows"/>.</summary>
    public Func<Exception>? Unexpected { get; init; }
}
