namespace TeamGrains.Silo.Storage;

/// <summary>
/// Which database holds the grains: PostgreSQL when <see cref="PostgresConnectionString"/> is set
/// (configuration <c>ConnectionStrings:Postgres</c>), otherwise SQLite in a local file
/// (<see cref="SqlitePath"/>, configuration <c>Storage:SqlitePath</c>, default
/// <c>data/teamgrains.db</c> under the content root).
/// </summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    public string? PostgresConnectionString { get; set; }

    public string? SqlitePath { get; set; }

    /// <summary>
    /// Send a NOTIFY after this node's PostgreSQL commits (one per burst, outside the writing
    /// transactions) so that followers on other nodes wake at once instead of at their next poll.
    /// </summary>
    public bool NotifyOnCommit { get; set; } = true;

    public StorageDialect Dialect => string.IsNullOrWhiteSpace(PostgresConnectionString) ? StorageDialect.Sqlite : StorageDialect.PostgreSql;
}
