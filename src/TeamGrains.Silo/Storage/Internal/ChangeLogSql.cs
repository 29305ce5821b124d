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
/// counter. On PostgreSQL a position is <c>xid * 65536 + ordinal</c> (the top-level xid, also when a
/// subtransaction appends): every transaction with an xid below the snapshot's xmin has finished, so
/// the horizon is the last position of xid xmin - 1; every transaction that has finished has an xid
/// below the snapshot's xmax, so the head is the last position of xid xmax - 1.
/// <para>
/// xmin is cluster-wide: a transaction in any database of the server holds it. The follower therefore
/// uses the <b>database horizon</b> (<see cref="DatabaseHorizon"/>): the lowest xid of the snapshot's
/// in-progress list (xip) not known to belong to another database, else xmax. Why every row with an xid
/// X below it is visible in the statement's snapshot S and no such row can appear later:
/// X &lt; xmin: finished before S. xmin ≤ X &lt; xmax and X not in xip: finished before S. X in xip and
/// dropped: pg_stat_activity (read during the statement, so after S was taken) showed X as the xid of a
/// backend connected to another database; a transaction never writes outside its database, so X
/// writes no row here. (The database and xid of one backend slot could only mismatch if the slot's
/// backend changed after S, and a backend that connected after S has an xid of at least S's xmax,
/// never one in xip.) X at or above xmax is not below the horizon. Everything else holds it:
/// transactions of this database, prepared transactions (they have no backend, so they are never
/// dropped), an xid whose transaction ended between S and the activity read (no backend shows it any
/// more; the next read passes it), and all of them when the role cannot see other backends' xids
/// (then the result is the cluster-wide xmin). pg_stat_activity shows backend_xid to every role, so no
/// extra privilege is needed. The statement must run alone, outside an explicit transaction: inside
/// one, PostgreSQL caches the activity list of an earlier statement.
/// </para>
/// </summary>
internal sealed class ChangeLogSql
{
    /// <summary>How many rows one transaction may append (positions xid * 65536 + 1 .. + 65535).</summary>
    public const int MaxChangesPerTransaction = 65535;

    private const string PostgresHorizon = "(pg_snapshot_xmin(pg_current_snapshot())::text::bigint * 65536 - 1)";
    private const string PostgresHead = "(pg_snapshot_xmax(pg_current_snapshot())::text::bigint * 65536 - 1)";
    // The lowest xid in the snapshot's xip that is not a backend's of another database, else xmax (see above).
    private const string PostgresDatabaseHorizon = """
        (SELECT coalesce(min(x), pg_snapshot_xmax(pg_current_snapshot()))::text::bigint * 65536 - 1
         FROM pg_snapshot_xip(pg_current_snapshot()) AS x
         WHERE NOT EXISTS (
             SELECT FROM pg_stat_get_activity(NULL) AS a
             WHERE a.backend_xid = x::xid
               AND a.datid <> (SELECT oid FROM pg_database WHERE datname = current_database())))
        """;

    private const string SqliteCounter = "(SELECT position FROM change_log_head WHERE id = 1)";

    public static readonly ChangeLogSql PostgreSql = new(PostgresHorizon, PostgresDatabaseHorizon, PostgresHead);

    public static readonly ChangeLogSql Sqlite = new(SqliteCounter, SqliteCounter, SqliteCounter);

    private ChangeLogSql(string horizon, string databaseHorizon, string head)
    {
        Horizon = horizon;
        DatabaseHorizon = databaseHorizon;
        Head = head;

        // One statement, one snapshot: the horizon and the committed rows after @after, including those
        // above the horizon (a node drops what they make stale at once; it publishes them only once the
        // horizon passes them). The database horizon (a look at every backend) is computed only when the
        // cluster-wide one falls short: rows above it, or @awaited (someone waits for a position); the
        // subquery is an init plan, which PostgreSQL runs only when the CASE reaches it. The outer join
        // keeps one row (the horizon, with nulls) when there is nothing to read.
        Follow = $"""
            WITH h AS MATERIALIZED (SELECT {horizon} AS horizon, (SELECT max(position) FROM change_log) AS newest)
            SELECT CASE WHEN h.horizon >= coalesce(h.newest, 0) AND NOT @awaited THEN h.horizon ELSE {databaseHorizon} END,
                h.newest, c.position, c.grain_type, c.grain_key, c.kind, c.payload, c.committed_at
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

    /// <summary>
    /// An SQL expression: the horizon of the statement's snapshot counting only transactions that can
    /// write this database's log (at least <see cref="Horizon"/>; costs a look at every backend).
    /// </summary>
    public string DatabaseHorizon { get; }

    /// <summary>An SQL expression: the head as of the statement's snapshot.</summary>
    public string Head { get; }

    /// <summary>Parameters @after, @limit, @awaited; columns the (database) horizon, the newest position in the log (null when empty), then the row (all null when none).</summary>
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
