using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using TeamGrains.Silo.Runtime;

namespace TeamGrains.Silo.Storage.Internal;

/// <summary>
/// SQLite in a local file, in WAL mode (readers never block the writer). One writer at a time: this
/// process queues its writers on a gate before BEGIN IMMEDIATE, and the busy timeout covers writers
/// of other processes.
/// </summary>
internal sealed class SqliteStorageProvider : StorageProvider
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintUnique = 2067;
    private const int BusyTimeoutSeconds = 30;

    private readonly string _connectionString;
    private readonly SemaphoreSlim _writeGate = new(1, 1);

    public SqliteStorageProvider(string path)
    {
        Path = path;
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            ForeignKeys = true,
            DefaultTimeout = BusyTimeoutSeconds,
        }.ToString();
    }

    public override StorageDialect Dialect => StorageDialect.Sqlite;

    /// <summary>The database file.</summary>
    public string Path { get; }

    public override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
        => await OpenAsync(cancellationToken).ConfigureAwait(false);

    public override async Task<StorageTransaction> BeginAsync(bool write, CancellationToken cancellationToken)
    {
        var gate = write ? await WriteGate.EnterAsync(_writeGate, cancellationToken).ConfigureAwait(false) : null;
        SqliteConnection? connection = null;
        try
        {
            connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            var transaction = connection.BeginTransaction(deferred: !write);
            return new StorageTransaction(connection, transaction, Dialect, gate);
        }
        catch
        {
            if (connection is not null)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }

            gate?.Dispose();
            throw;
        }
    }

    /// <summary>One statement at a time: SQLite has no round trips to save.</summary>
    public override async Task<FinishResult> FinishAsync(
        StorageTransaction transaction,
        IReadOnlyList<Statement> statements,
        IReadOnlyList<PendingChange> changes,
        DateTimeOffset committedAt,
        CancellationToken cancellationToken)
    {
        var values = new long?[statements.Count];
        for (var i = 0; i < statements.Count; i++)
        {
            var statement = statements[i];
            await using var command = transaction.CreateCommand(statement.Sql);
            foreach (var (name, value) in statement.Parameters)
            {
                command.With(name, value);
            }

            if (statement.ReturnsValue)
            {
                values[i] = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
                continue;
            }

            var affected = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            if (statement.ExpectedRows is { } expected && affected != expected)
            {
                throw statement.Failure();
            }
        }

        var appended = changes.Count == 0
            ? default
            : await AppendChangesAsync(transaction, changes, committedAt, cancellationToken).ConfigureAwait(false);
        await transaction.Transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new FinishResult(appended, values);
    }

    private static async Task<AppendResult> AppendChangesAsync(
        StorageTransaction transaction, IReadOnlyList<PendingChange> changes, DateTimeOffset committedAt, CancellationToken cancellationToken)
    {
        long last;
        await using (var head = transaction.CreateCommand("UPDATE change_log_head SET position = position + @count WHERE id = 1 RETURNING position"))
        {
            head.With("@count", (long)changes.Count);
            last = (long)(await head.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        }

        await using var insert = transaction.CreateCommand(
            "INSERT INTO change_log (position, grain_type, grain_key, kind, payload, committed_at) VALUES (@p, @t, @k, @kind, @payload, @at)");
        insert.With("@p", 0L).With("@t", "").With("@k", "").With("@kind", "").With("@payload", null).With("@at", committedAt.ToUniversalTime());
        var position = last - changes.Count;
        foreach (var change in changes)
        {
            insert.Parameters["@p"].Value = ++position;
            insert.Parameters["@t"].Value = change.Grain.Type;
            insert.Parameters["@k"].Value = change.Grain.Key;
            insert.Parameters["@kind"].Value = change.Kind;
            insert.Parameters["@payload"].Value = (object?)change.Payload ?? DBNull.Value;
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        // One writer at a time: every earlier position is committed, and this state follows all of them.
        return new AppendResult(last, last);
    }

    public override Exception? Translate(Exception exception) => exception switch
    {
        SqliteException { SqliteErrorCode: SqliteConstraint, SqliteExtendedErrorCode: SqliteConstraintUnique or SqliteConstraintPrimaryKey } e =>
            new UniqueViolationException(ConstraintFromMessage(e.Message), e),
        SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked } e =>
            new GrainConflictException("The database was busy with another writer.", e),
        _ => null,
    };

    public override async Task<DbConnection> OpenMigrationConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);

        // WAL is a property of the file, kept across connections; it cannot change inside a transaction.
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL";
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    /// <summary>The migration's own BEGIN IMMEDIATE transaction is SQLite's lock; nothing else to release.</summary>
    public override Task ReleaseMigrationLockAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    public override ValueTask DisposeAsync()
    {
        _writeGate.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    /// <summary>SQLite names the columns, not the constraint: "UNIQUE constraint failed: users.email".</summary>
    private static string? ConstraintFromMessage(string message)
    {
        const string marker = "constraint failed: ";
        var index = message.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
        return index < 0 ? null : message[(index + marker.Length)..].Trim().TrimEnd('.', '\'');
    }
}
