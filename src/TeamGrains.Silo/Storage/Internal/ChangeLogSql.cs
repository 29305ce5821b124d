namespace TeamGrains.Silo.Storage.Internal;

/// <summary>
/// The SQL that reads the change log, per dialect. Two positions matter to readers:
/// <list type="bullet">
/// <item>the <b>horizon</b>: every row at or below it is committed and final (no row can appear
/// there later), and is visible in the snapshot the expression is evaluated in;</item>
/// <item>the <b>head</b>: every commit that finished before the statement has all its rows at or
/// below it (some positions below may still be taken by transactions running now).</item>
/// </list>
/// On SQLite positions come from a counter updated under the single writer lock, so both are the
/// counter. On PostgreSQL a position is <c>xid * 65536 + ordinal</c>: every transaction with an xid
/// below the snapshot's xmin has finished, so the horizon is the last position of xid xmin - 1; every
/// transaction that has finished has an xid below the snapshot's xmax, so the head is the last
/// position of xid xmax - 1.
/// </summary>
internal sealed class ChangeLogSql
{
    /// <summary>How many rows one transaction may append (positions xid * 65536 + 1 .. + 65535).</summary>
    public const int MaxChangesPerTransaction = 65535;

    private const string PostgresHorizon = "(pg_snapshot_xmin(pg_current_snapshot())::text::bigint * 65536 - 1)";
    private const string PostgresHead = "(pg_snapshot_xmax(pg_current_snapshot())::text::bigint * 65536 - 1)";
    private const string SqliteCounter = "(SELECT position FROM change_log_head WHERE id = 1)";

    public static readonly ChangeLogSql PostgreSql = new(PostgresHorizon, PostgresHead);

    public static readonly ChangeLogSql Sqlite = new(SqliteCounter, SqliteCounter);

    private ChangeLogSql(string horizon, string head)
    {
        Horizon = horizon;
        Head = head;

        // One statement, one snapshot: the horizon and the committed rows after @after, including those
        // above the horizon (a node drops what they make stale at once; it publishes them only once the
        // horizon passes them). The outer join keeps one row (the horizon, with nulls) when there is
        // nothing to read.
        Follow = $"""
            WITH h AS (SELECT {horizon} AS horizon, (SELECT max(position) FROM change_log) AS newest)
            SELECT h.horizon, h.newest, c.position, c.grain_type, c.grain_key, c.kind, c.payload, c.committed_at
            FROM h LEFT JOIN (
                SELECT position, grain_type, grain_key, kind, payload, committed_at
                FROM change_log
                WHERE position > @after
                ORDER BY position
                LIMIT @limit
            ) c ON 1 = 1
            ORDER BY c.position
            """;
    }

    /// <summary>An SQL expression: the horizon of the statement's snapshot.</summary>
    public string Horizon { get; }

    /// <summary>An SQL expression: the head as of the statement's snapshot.</summary>
    public string Head { get; }

    /// <summary>Parameters @after, @limit; columns horizon, the newest position in the log (null when empty), then the row (all null when none).</summary>
    public string Follow { get; }

    /// <summary>
    /// Deletes up to @limit of the oldest rows (by position) committed before @cutoff. Looking only at
    /// the oldest @limit rows keeps each batch cheap without an index on committed_at; a row that is
    /// out of time order stops a round early, and the next round picks up after it ages.
    /// </summary>
    public static string Prune => """
        DELETE FROM change_log WHERE position IN (
            SELECT oldest.position FROM (SELECT position, committed_at FROM change_log ORDER BY position LIMIT @limit) oldest
            WHERE oldest.committed_at < @cutoff)
        """;

    public static ChangeLogSql For(StorageDialect dialect) => dialect == StorageDialect.PostgreSql ? PostgreSql : Sqlite;
}
