using System.Data.Common;
using TeamGrains.Interfaces.Runtime;
using TeamGrains.Silo.Runtime;

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
    /// Like <see cref="AddChange(GrainId, string, string?)"/>, and hands the change to <paramref name="grain"/>'s
    /// activation on this node instead of making it stale: if, once this transaction commits, that
    /// activation holds exactly the version before this change's bump and is not in a call,
    /// <paramref name="absorb"/> runs on it (inside its turn, before the commit is published) and it stays
    /// warm at the new version; otherwise it goes stale and reloads, as with AddChange. Other nodes always
    /// reload. <paramref name="absorb"/> must make the grain's state exactly what a reload would read
    /// (replace objects rather than mutate them: [AlwaysInterleave] calls may be reading), and must not
    /// block or call other grains.
    /// </summary>
    void AddChange(GrainId grain, string kind, Action<Grain> absorb);

    /// <summary>
    /// Queues a write whose result is at most its row count (an audit entry; an update whose row the
    /// writer's current version vouches for, see <see cref="Statement.ExpectedRows"/>): it runs when the
    /// transaction commits, after the caller's SQL, in the same round trip as the runtime's version checks
    /// and change-log rows (PostgreSQL). Its failure rolls the transaction back like any other statement's.
    /// Writing transactions only: a read transaction that queues one fails.
    /// </summary>
    void Defer(Statement statement);
}
