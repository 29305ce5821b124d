using System.Data.Common;
using TeamGrains.Interfaces.Runtime;

namespace TeamGrains.Silo.Storage;

/// <summary>
/// One open transaction on the configured storage (PostgreSQL or SQLite). Grain code runs its own
/// SQL on <see cref="Connection"/> within <see cref="Transaction"/> (Dapper works on both), and
/// names the other grains whose state the transaction changes so that their activations, here and
/// on other nodes, reload.
/// </summary>
public interface IStorageTransaction
{
    DbConnection Connection { get; }

    DbTransaction Transaction { get; }

    StorageDialect Dialect { get; }

    /// <summary>Records that this transaction changes <paramref name="grain"/>'s state (appended to the change log on commit).</summary>
    void AddChange(GrainId grain, string kind, string? payload = null);

    /// <summary>
    /// Queues a write whose result is at most its row count (an audit entry; an update whose row the
    /// writer's current version vouches for, see <see cref="Statement.ExpectedRows"/>): it runs when the
    /// transaction commits, after the caller's SQL, in the same round trip as the runtime's version checks
    /// and change-log rows (PostgreSQL). Its failure rolls the transaction back like any other statement's.
    /// Writing transactions only: a read transaction that queues one fails.
    /// </summary>
    void Defer(Statement statement);
}
