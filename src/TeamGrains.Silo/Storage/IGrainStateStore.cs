using Dapper;

namespace TeamGrains.Silo.Storage;

/// <summary>
/// Reads one grain type's state from its relational tables. The store only declares its queries: the
/// runtime sends them in one command behind the read of the grain's version, so the state and the
/// version come from one snapshot, and on PostgreSQL the whole load is one round trip.
/// </summary>
public interface IGrainStateStore<TState>
    where TState : class
{
    /// <summary>
    /// The SELECT statements that read the state (no trailing semicolon), in the order
    /// <see cref="ReadAsync"/> reads their results. Their only parameter is <c>@key</c>, the grain key.
    /// </summary>
    IReadOnlyList<string> Queries { get; }

    /// <summary>
    /// The state from the results of <see cref="Queries"/>, one result set per query, read in order
    /// (those not needed may be left unread); a grain never written gets its empty state.
    /// </summary>
    Task<TState> ReadAsync(string key, SqlMapper.GridReader results);
}
