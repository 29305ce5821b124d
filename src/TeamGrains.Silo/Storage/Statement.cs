namespace TeamGrains.Silo.Storage;

/// <summary>
/// One SQL statement with its parameters (names as written in <see cref="Sql"/>, e.g. <c>@id</c>), for
/// the runtime to send together with others: <see cref="IStorageTransaction.Defer"/>.
/// </summary>
public sealed record Statement(string Sql, IReadOnlyList<KeyValuePair<string, object?>> Parameters)
{
    /// <summary>
    /// When set, the write fails (and rolls back) with <see cref="Unexpected"/>'s exception unless the
    /// statement affected exactly this many rows (an INSERT, UPDATE or DELETE without RETURNING). A writer
    /// that turns out to be stale when this fails gets a conflict (and re-decides) instead.
    /// </summary>
    public int? ExpectedRows { get; init; }

    /// <summary>
    /// The statement returns one row with one bigint (e.g. <c>RETURNING version</c>); the runtime reads it.
    /// Not together with <see cref="ExpectedRows"/>.
    /// </summary>
    public bool ReturnsValue { get; init; }

    /// <summary>The error for a row count other than <see cref="ExpectedRows"/>.</summary>
    public Func<Exception>? Unexpected { get; init; }

    /// <summary>The error to throw for a row count other than <see cref="ExpectedRows"/>.</summary>
    public Exception Failure()
        => Unexpected?.Invoke() ?? new InvalidOperationException($"A statement did not affect the {ExpectedRows} rows it expected: {Sql}");
}
