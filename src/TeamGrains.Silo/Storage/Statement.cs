namespace TeamGrains.Silo.Storage;

/// <summary>
/// One SQL statement with its parameters (names as written in <see cref="Sql"/>, e.g. <c>@id</c>), for
/// the runtime to send together with others: <see cref="IStorageTransaction.Defer"/>.
/// </summary>
public sealed record Statement(string Sql, IReadOnlyList<KeyValuePair<string, object?>> Parameters);
