using System.Data.Common;
using Microsoft.Data.Sqlite;
using TeamGrains.Interfaces.Runtime;
using TeamGrains.Silo.Storage;

namespace TeamGrains.Gateway.Tests.Infrastructure;

/// <summary>Storage over an in-memory SQLite database that the test can switch off, for readiness checks.</summary>
public sealed class TestStorage : IStorage, IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly SemaphoreSlim _gate = new(1, 1);

    public bool Reachable { get; set; } = true;

    public StorageDialect Dialect => StorageDialect.Sqlite;

    public async Task<T> ReadAsync<T>(Func<IStorageTransaction, CancellationToken, Task<T>> read, CancellationToken cancellationToken = default)
    {
        if (!Reachable)
        {
            throw new SqliteException("unable to open database file: /var/lib/secret.db", 14);
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await ReadLockedAsync(read, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<T> ReadLockedAsync<T>(Func<IStorageTransaction, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        if (_connection.State != System.Data.ConnectionState.Open)
        {
            await _connection.OpenAsync(cancellationToken);
        }

        await using var transaction = await _connection.BeginTransactionAsync(cancellationToken);
        return await read(new OpenTransaction(_connection, transaction), cancellationToken);
    }

    public Task<long> WriteAsync(Func<IStorageTransaction, CancellationToken, Task> write, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public void Dispose()
    {
        _connection.Dispose();
        _gate.Dispose();
    }

    private sealed record OpenTransaction(DbConnection Connection, DbTransaction Transaction) : IStorageTransaction
    {
        public StorageDialect Dialect => StorageDialect.Sqlite;

        public void AddChange(GrainId grain, string kind, string? payload = null) => throw new NotSupportedException();

        public void Defer(Statement statement) => throw new NotSupportedException();

        public void AddChange(GrainId grain, string kind, Action<TeamGrains.Silo.Runtime.Grain> absorb) => throw new NotSupportedException();
    }
}
