using System.Collections.Concurrent;
using System.Data.Common;
using Dapper;
using TeamGrains.Silo.Storage;
using TeamGrains.Silo.Storage.Internal;

namespace TeamGrains.Silo.Runtime;

/// <summary>
/// Reads a grain's load position, version and state with one command: the position query, then the
/// state store's queries. On PostgreSQL the command carries its own BEGIN (REPEATABLE READ: every
/// statement sees the snapshot of the first) and COMMIT, so a load is one round trip; when a
/// statement fails, the server skips the rest and Npgsql rolls the aborted transaction back as the
/// connection returns to its pool (also with No Reset On Close; <c>LoadRoundTripTests</c>). That is why it
/// runs through <see cref="TransactionRunner.ReadStatementAsync"/>, on a connection with no transaction of
/// its own: one round trip, one snapshot. On SQLite the same statements run in a read transaction.
/// </summary>
internal sealed class GrainStateReader(TransactionRunner storage, IServiceProvider services)
{
    // The change-log horizon of the load's snapshot: every change at or below it is in the state read.
    private readonly string _positionSql =
        $"SELECT {ChangeLogSql.For(storage.Dialect).Horizon}, " +
        "(SELECT version FROM grain_versions WHERE grain_type = @type AND grain_key = @key)";

    private readonly ConcurrentDictionary<Type, string> _commands = new();

    /// <summary>Loads the state of <paramref name="grain"/> (if it has a loader); returns the change-log position the state is at.</summary>
    public Task<long> LoadAsync(Grain grain, GrainStateLoader? loader, CancellationToken cancellationToken)
    {
        var sql = _commands.GetOrAdd(grain.GetType(), static (_, state) => state.Reader.Compose(state.Loader), (Reader: this, Loader: loader));
        var parameters = new { type = grain.GrainId.Type, key = grain.GrainKey };
        return storage.Dialect == StorageDialect.PostgreSql
            ? storage.ReadStatementAsync(
                (connection, ct) => ReadAsync(connection, new CommandDefinition(sql, parameters, cancellationToken: ct), grain, loader),
                cancellationToken)
            : storage.ReadAsync(
                (tx, ct) => ReadAsync(tx.Connection, new CommandDefinition(sql, parameters, tx.Transaction, cancellationToken: ct), grain, loader),
                cancellationToken);
    }

    private async Task<long> ReadAsync(DbConnection connection, CommandDefinition command, Grain grain, GrainStateLoader? loader)
    {
        await using var results = await connection.QueryMultipleAsync(command).ConfigureAwait(false);
        var (position, version) = await results.ReadSingleAsync<(long, long?)>().ConfigureAwait(false);
        if (loader is not null)
        {
            await loader.LoadAsync(grain, version ?? 0, results, services).ConfigureAwait(false);
        }

        return position;
    }

    private string Compose(GrainStateLoader? loader)
    {
        var body = string.Join(";\n", [_positionSql, .. loader?.Queries(services) ?? []]);
        return storage.Dialect == StorageDialect.PostgreSql
            ? $"BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY;\n{body};\nCOMMIT"
            : body;
    }
}
