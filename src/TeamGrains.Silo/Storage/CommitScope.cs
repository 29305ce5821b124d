using TeamGrains.Silo.Runtime;

namespace TeamGrains.Silo.Storage;

/// <summary>
/// The commits made by one call chain (one GraphQL operation): the highest change-log position they
/// appended. The gateway opens a scope around a mutation and makes its consistency token from it
/// without asking the database for the log's head.
/// </summary>
/// <remarks>
/// <para>
/// The scope is an <see cref="AsyncLocal{T}"/> holder object, like Orleans' RequestContext: it flows
/// with the ExecutionContext into everything the operation awaits, and grain calls run the grain's
/// method in the caller's ExecutionContext (the dispatcher invokes it inline; a call waiting for the
/// turn resumes through its own continuation, an activation starts in its first caller's context), so
/// nested grain-to-grain calls record into the same scope. A commit made on behalf of a caller must
/// therefore run in that caller's ExecutionContext: a write batched across callers would have to
/// record into each of their scopes, or their tokens could fall below their own writes.
/// </para>
/// <para>
/// Recording is thread-safe (parallel grain calls of one operation) and cheap: one AsyncLocal read
/// per commit. Outside any scope it does nothing. A scope opened inside another passes its commits on
/// to the outer one, so the outer scope always covers everything below it.
/// </para>
/// </remarks>
public sealed class CommitScope : IDisposable
{
    private const long None = long.MinValue;

    private static readonly AsyncLocal<CommitScope?> Current = new();

    private readonly CommitScope? _outer;
    private long _highest = None;
    private bool _disposed;

    private CommitScope(CommitScope? outer) => _outer = outer;

    /// <summary>The highest change-log position committed inside this scope; null while nothing was.</summary>
    public long? HighestPosition
    {
        get
        {
            var highest = Interlocked.Read(ref _highest);
            return highest == None ? null : highest;
        }
    }

    /// <summary>Opens a scope for the calling async flow; dispose it where it was opened.</summary>
    public static CommitScope Begin()
    {
        var scope = new CommitScope(Current.Value);
        Current.Value = scope;
        return scope;
    }

    /// <summary>
    /// Notes a commit that appended change-log rows up to <paramref name="position"/> (its last row) in
    /// the current scope and every scope around it. Called by the storage layer right after a commit.
    /// </summary>
    public static void Record(long position)
    {
        for (var scope = Current.Value; scope is not null; scope = scope._outer)
        {
            scope.Raise(position);
        }
    }

    /// <summary>Notes a commit's appended <paramref name="changes"/> (<see cref="Record(long)"/> of the highest); none: nothing.</summary>
    public static void Record(IReadOnlyList<ChangeRecord> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
        {
            return;
        }

        var highest = changes[0].Position;
        for (var i = 1; i < changes.Count; i++)
        {
            highest = Math.Max(highest, changes[i].Position);
        }

        Record(highest);
    }

    /// <summary>Ends the scope: the flow goes back to the scope around it (commits after this are not seen here).</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (ReferenceEquals(Current.Value, this))
        {
            Current.Value = _outer;
        }
    }

    private void Raise(long position)
    {
        if (_disposed)
        {
            return;
        }

        AtomicMax.Raise(ref _highest, position);
    }
}
