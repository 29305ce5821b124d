using System.Data;
using System.Data.Common;
using System.Globalization;
using Npgsql;
using NpgsqlTypes;
using TeamGrains.Silo.Runtime;

namespace TeamGrains.Silo.Storage.Internal;

/// <summary>PostgreSQL through one pooled Npgsql data source.</summary>
internal sealed class PostgresStorageProvider : StorageProvider
{
    /// <summary>The channel whose NOTIFY wakes followers (a wake-up only; the payload names the sending node).</summary>
    public const string ChangeChannel = "teamgrains_changes";

    private const string UniqueViolation = "23505";
    private const string SerializationFailure = "40001";
    private const string DeadlockDetected = "40P01";

    /// <summary>Raised by teamgrains_expect_rows (migration 0004) when a statement missed its row count.</summary>
    private const string ExpectedRowsMissed = "TG001";

    /// <summary>Key of the advisory lock that serializes migrations (any constant; "TGMIGRAT" in ASCII).</summary>
    private const long MigrationLockKey = 0x54474D4947524154;

    /// <summary>
    /// Positions are xid * 65536 + ordinal: no shared row, so commits do not wait on one another. Also
    /// returns the horizon of the statement's snapshot, which the writer's activation takes as the
    /// position its state is at (see <see cref="AppendResult.StatePosition"/>).
    /// </summary>
    private static readonly string AppendSql = $"""
        WITH appended AS (
            INSERT INTO change_log (position, grain_type, grain_key, kind, payload, committed_at)
            SELECT pg_current_xact_id()::text::bigint * 65536 + c.ordinal, c.grain_type, c.grain_key, c.kind, c.payload, @committed_at
            FROM unnest(@types, @keys, @kinds, @payloads) WITH ORDINALITY AS c(grain_type, grain_key, kind, payload, ordinal)
            RETURNING position
        )
        SELECT max(position), {ChangeLogSql.PostgreSql.Horizon} FROM appended
        """;

    /// <summary>
    /// How many distinct statements each connection keeps prepared when the connection string does not
    /// say (<c>Max Auto Prepare</c>). A role change runs ~18 short statements, always the same texts;
    /// without preparing, PostgreSQL parses and plans every one each time, and that planning was most
    /// of its CPU on the single-node benchmark (docs/scale-out.md). Preparing changes no result.
    /// </summary>
    internal const int DefaultMaxAutoPrepare = 64;

    private readonly NpgsqlDataSource _dataSource;
    private readonly NpgsqlDataSource _sessionDataSource;

    public PostgresStorageProvider(StorageOptions options)
    {
        var connectionString = WithDefaults(options.PostgresConnectionString!);
        _dataSource = NpgsqlDataSource.Create(WithoutReset(connectionString));
        _sessionDataSource = NpgsqlDataSource.Create(connectionString);
    }

    /// <summary>
    /// The operator's connection string, with automatic preparation on unless it names its own
    /// <c>Max Auto Prepare</c> (0 included: that is how an operator turns it off).
    /// </summary>
    internal static string WithDefaults(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Names(connectionString, "MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = DefaultMaxAutoPrepare;
        }

        return builder.ConnectionString;
    }

    /// <summary>
    /// The connection string of the pool that runs transactions and single statements: no session reset
    /// when a connection goes back to the pool (<c>No Reset On Close</c>) unless the operator says
    /// otherwise. The reset is one more round trip of seven statements each time a connection is taken,
    /// about a fifth of a role change's round trips (docs/scale-out.md), and that pool's code leaves no
    /// session state behind: every statement runs inside a transaction or alone, with transaction-scoped
    /// locks only. Code that does set session state (LISTEN, SET, session advisory locks) takes its
    /// connection from <see cref="SessionDataSource"/>, which resets.
    /// </summary>
    internal static string WithoutReset(string connectionString)
    {
        if (Names(connectionString, "NoResetOnClose"))
        {
            return connectionString;
        }

        return new NpgsqlConnectionStringBuilder(connectionString) { NoResetOnClose = true }.ConnectionString;
    }

    private static bool Names(string connectionString, string key)
        => new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>().Any(given =>
            string.Equals(given.Replace(" ", string.Empty, StringComparison.Ordinal), key, StringComparison.OrdinalIgnoreCase));

    public override StorageDialect Dialect => StorageDialect.PostgreSql;

    /// <summary>
    /// The payload of this node's NOTIFYs: its listener ignores its own (the local commit has woken its
    /// follower already), which saves one change-log read per commit burst.
    /// </summary>
    public string NotificationSender { get; } = Guid.NewGuid().ToString("N");

    /// <summary>Connections for transactions and single statements; they must leave no session state behind.</summary>
    public NpgsqlDataSource DataSource => _dataSource;

    /// <summary>
    /// Connections that set session state (LISTEN, SET, session advisory locks): the pool resets each
    /// one (DISCARD ALL) before handing it out again, so a connection returned after a failure cannot
    /// carry, say, <c>synchronous_commit = off</c> into someone's transaction.
    /// </summary>
    public NpgsqlDataSource SessionDataSource => _sessionDataSource;

    public override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
        => await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    public override async Task<StorageTransaction> BeginAsync(bool write, CancellationToken cancellationToken)
    {
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Reads see one snapshot across their statements (a grain's state with its version);
            // writes are guarded by the version row, so read committed suffices for them.
            var isolation = write ? IsolationLevel.ReadCommitted : IsolationLevel.RepeatableRead;
            var transaction = await connection.BeginTransactionAsync(isolation, cancellationToken).ConfigureAwait(false);
            return new StorageTransaction(connection, transaction, Dialect, writeGate: null);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// The statements, the append and the COMMIT as one <see cref="NpgsqlBatch"/>: one round trip. A
    /// statement with an expected row count is wrapped so that a wrong count raises (ExpectRowsSql):
    /// PostgreSQL then skips the rest of the batch, the COMMIT included, and the transaction rolls back.
    /// </summary>
    public override async Task<FinishResult> FinishAsync(
        StorageTransaction transaction,
        IReadOnlyList<Statement> statements,
        IReadOnlyList<PendingChange> changes,
        DateTimeOffset committedAt,
        CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch((NpgsqlConnection)transaction.Connection, (NpgsqlTransaction)transaction.Transaction);
        for (var i = 0; i < statements.Count; i++)
        {
            var statement = statements[i];
            var command = new NpgsqlBatchCommand(statement.ExpectedRows is { } expected
                ? $"WITH affected AS ({statement.Sql} RETURNING 1) SELECT teamgrains_expect_rows((SELECT count(*) FROM affected), {expected}, {i})"
                : statement.Sql);
            foreach (var (name, value) in statement.Parameters)
            {
                command.Parameters.Add(new NpgsqlParameter(name, value ?? DBNull.Value));
            }

            batch.BatchCommands.Add(command);
        }

        if (changes.Count > 0)
        {
            batch.BatchCommands.Add(AppendCommand(changes, committedAt));
        }

        // Npgsql sees the COMMIT and marks the NpgsqlTransaction completed; disposing it then does nothing.
        batch.BatchCommands.Add(new NpgsqlBatchCommand("COMMIT"));
        try
        {
            return await ReadAsync(batch, statements, new long?[statements.Count], cancellationToken).ConfigureAwait(false);
        }
        catch (PostgresException failure) when (failure.SqlState == ExpectedRowsMissed
            && int.TryParse(failure.MessageText, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && index >= 0 && index < statements.Count)
        {
            throw statements[index].Failure();
        }
    }

    /// <summary>
    /// Runs the batch to its end. Only some statements return rows, one result set each, in order: the
    /// wrapped ones with an expected row count, those that return a value, and the append (two columns).
    /// </summary>
    private static async Task<FinishResult> ReadAsync(
        NpgsqlBatch batch, IReadOnlyList<Statement> statements, long?[] values, CancellationToken cancellationToken)
    {
        var returning = new Queue<int>(Enumerable.Range(0, statements.Count).Where(i => statements[i].ExpectedRows is not null || statements[i].ReturnsValue));
        var appended = default(AppendResult);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        do
        {
            var index = returning.Count > 0 ? returning.Dequeue() : -1;
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                continue;
            }

            if (index < 0)
            {
                appended = new AppendResult(reader.GetInt64(0), reader.GetInt64(1));
            }
            else if (statements[index].ReturnsValue)
            {
                values[index] = reader.GetInt64(0);
            }
        }
        while (await reader.NextResultAsync(cancellationToken).ConfigureAwait(false));

        return new FinishResult(appended, values);
    }

    private static NpgsqlBatchCommand AppendCommand(IReadOnlyList<PendingChange> changes, DateTimeOffset committedAt)
    {
        var types = new string[changes.Count];
        var keys = new string[changes.Count];
        var kinds = new string[changes.Count];
        var payloads = new string?[changes.Count];
        for (var i = 0; i < changes.Count; i++)
        {
            types[i] = changes[i].Grain.Type;
            keys[i] = changes[i].Grain.Key;
            kinds[i] = changes[i].Kind;
            payloads[i] = changes[i].Payload;
        }

        var command = new NpgsqlBatchCommand(AppendSql);
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("committed_at", committedAt.ToUniversalTime()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("types", types));
        command.Parameters.Add(new NpgsqlParameter<string[]>("keys", keys));
        command.Parameters.Add(new NpgsqlParameter<string[]>("kinds", kinds));
        command.Parameters.Add(new NpgsqlParameter("payloads", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = payloads });
        return command;
    }

    public override Exception? Translate(Exception exception) => exception switch
    {
        PostgresException { SqlState: UniqueViolation } e => new UniqueViolationException(e.ConstraintName, e),
        PostgresException { SqlState: SerializationFailure or DeadlockDetected } e =>
            new GrainConflictException("The transaction lost to a concurrent one.", e),
        _ => null,
    };

    public override async Task<DbConnection> OpenMigrationConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = await _sessionDataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT pg_advisory_lock(@key)";
        command.Parameters.Add(new NpgsqlParameter<long>("key", MigrationLockKey));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    public override async Task ReleaseMigrationLockAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = (NpgsqlCommand)connection.CreateCommand();
        command.CommandText = "SELECT pg_advisory_unlock(@key)";
        command.Parameters.Add(new NpgsqlParameter<long>("key", MigrationLockKey));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public override async ValueTask DisposeAsync()
    {
        await _dataSource.DisposeAsync().ConfigureAwait(false);
        await _sessionDataSource.DisposeAsync().ConfigureAwait(false);
    }
}
