using System.Data.Common;
using TeamGrains.Interfaces.Runtime;
using TeamGrains.Silo.Runtime;

namespace TeamGrains.Silo.Storage.Internal;

/// <summary>
/// An open connection and transaction, with the changes named so far. Disposing rolls back what was
/// not committed and gives the connection (and, on SQLite, the write gate) back.
/// </summary>
internal sealed class StorageTransaction : IStorageTransaction, IAsyncDisposable
{
    private readonly List<PendingChange> _changes = [];
    private readonly List<Statement> _deferred = [];
    private readonly IDisposable? _writeGate;

    public StorageTransaction(DbConnection connection, DbTransaction transaction, StorageDialect dialect, IDisposable? writeGate)
    {
        Connection = connection;
        Transaction = transaction;
        Dialect = dialect;
        _writeGate = writeGate;
    }

    public DbConnection Connection { get; }

    public DbTransaction Transaction { get; }

    public StorageDialect Dialect { get; }

    public IReadOnlyList<PendingChange> Changes => _changes;

    /// <summary>The statements queued by <see cref="Defer"/>, in order.</summary>
    public IReadOnlyList<Statement> Deferred => _deferred;

    public void AddChange(GrainId grain, string kind, string? payload = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(grain.Type);
        ArgumentNullException.ThrowIfNull(grain.Key);
        ArgumentException.ThrowIfNullOrEmpty(kind);
        _changes.Add(new PendingChange(grain, kind, payload));
    }

    public void AddChange(GrainId grain, string kind, Action<Grain> absorb)
    {
        ArgumentNullException.ThrowIfNull(absorb);
        AddChange(grain, kind);
        _changes[^1] = _changes[^1] with { Absorb = absorb };
    }

    public void Defer(Statement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        _deferred.Add(statement);
    }

    public DbCommand CreateCommand(string sql)
    {
        var command = Connection.CreateCommand();
        command.Transaction = Transaction;
        command.CommandText = sql;
        return command;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Transaction.DisposeAsync().ConfigureAwait(false);
            await Connection.DisposeAsync().ConfigureAwait(false);
        }
        finally
        {
            _writeGate?.Dispose();
        }
    }
}
