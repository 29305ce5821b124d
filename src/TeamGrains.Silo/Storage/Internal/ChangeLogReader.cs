using System.Data.Common;
using System.Globalization;
using TeamGrains.Interfaces.Runtime;

namespace TeamGrains.Silo.Storage.Internal;

/// <summary>
/// Reads and prunes the change log (<see cref="ChangeLogSql"/> explains its horizon and head). Every
/// read is one statement, so it needs no transaction to see one snapshot.
/// </summary>
internal sealed class ChangeLogReader(TransactionRunner storage)
{
    private readonly ChangeLogSql _sql = ChangeLogSql.For(storage.Dialect);

    /// <summary>Every position at or below this is committed and final.</summary>
    public Task<long> ReadHorizonAsync(CancellationToken cancellationToken) => ReadScalarAsync("SELECT " + _sql.Horizon, cancellationToken);

    /// <summary>Every commit finished before this call has all its rows at or below this position.</summary>
    public Task<long> ReadHeadAsync(CancellationToken cancellationToken) => ReadScalarAsync("SELECT " + _sql.Head, cancellationToken);

    /// <summary>
    /// Up to <paramref name="limit"/> committed rows after <paramref name="after"/>, with the horizon of the
    /// same snapshot: the database horizon when rows lie above the cluster-wide one or when
    /// <paramref name="awaited"/> (someone waits for a position), else the cheaper cluster-wide one.
    /// </summary>
    public Task<ChangeLogBatch> ReadAfterAsync(long after, int limit, bool awaited, CancellationToken cancellationToken)
        => storage.ReadStatementAsync(
            async (connection, ct) =>
            {
                var rows = new List<ChangeRecord>();
                long horizon = 0;
                long newest = 0;
                await using var command = Command(connection, _sql.Follow).With("@after", after).With("@limit", limit).With("@awaited", awaited);

                // Runs up to a few hundred times a second per node: parsing and planning it (~0.7 ms on
                // PostgreSQL) cost more than running it. Prepared once per pooled connection.
                await command.PrepareAsync(ct).ConfigureAwait(false);
                await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
                while (await reader.ReadAsync(ct).ConfigureAwait(false))
                {
                    horizon = reader.GetInt64(0);
                    newest = reader.IsDBNull(1) ? 0 : reader.GetInt64(1);
                    if (reader.IsDBNull(2))
                    {
                        continue;
                    }

                    rows.Add(new ChangeRecord(
                        reader.GetInt64(2),
                        new GrainId(reader.GetString(3), reader.GetString(4)),
                        reader.GetString(5),
                        reader.IsDBNull(6) ? null : reader.GetString(6),
                        reader.GetFieldValue<DateTimeOffset>(7)));
                }

                return new ChangeLogBatch(horizon, rows, newest > horizon);
            },
            cancellationToken);

    /// <summary>Deletes up to <paramref name="limit"/> of the oldest rows committed before <paramref name="cutoff"/>; returns how many.</summary>
    public async Task<int> PruneAsync(DateTimeOffset cutoff, int limit, CancellationToken cancellationToken)
    {
        var deleted = 0;
        await storage.WriteAsync(
            writer: null,
            expectedVersion: 0,
            writerChangeKind: null,
            async (transaction, ct) =>
            {
                await using var command = ((StorageTransaction)transaction).CreateCommand(ChangeLogSql.Prune)
                    .With("@limit", limit).With("@cutoff", cutoff.ToUniversalTime());
                deleted = await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);
        return deleted;
    }

    private Task<long> ReadScalarAsync(string sql, CancellationToken cancellationToken)
        => storage.ReadStatementAsync(
            async (connection, ct) =>
            {
                await using var command = Command(connection, sql);
                return Convert.ToInt64(await command.ExecuteScalarAsync(ct).ConfigureAwait(false), CultureInfo.InvariantCulture);
            },
            cancellationToken);

    private static DbCommand Command(DbConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }
}
