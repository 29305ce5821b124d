namespace TeamGrains.Silo.Storage;

/// <summary>
/// The change log as this node has seen it, in commit order: local commits at once, other nodes'
/// commits as the follower reads them. Caches (effective permissions) and subscriptions listen here.
/// </summary>
public interface IChangeFeed
{
    /// <summary>
    /// The position this node has applied up to: every change at or below it has been published here,
    /// and no change at or below it can still appear. Positions have gaps (PostgreSQL): a position need
    /// not name a change.
    /// </summary>
    long AppliedPosition { get; }

    /// <summary>
    /// Calls <paramref name="onChange"/> for every change from now on, in position order, once applied to
    /// this node's activations; dispose to stop. Callbacks run synchronously on the committing or
    /// following thread, one at a time: they must be quick and never block (hand work to a channel).
    /// An exception from a callback is logged and does not stop other subscribers.
    /// </summary>
    IDisposable Subscribe(Action<ChangeRecord> onChange);

    /// <summary>
    /// Reads from storage a position covering every commit that finished before this call, on any node:
    /// once <see cref="AppliedPosition"/> reaches it, this node has applied all of them. It can be ahead
    /// of what any node has applied yet (positions of transactions still running may lie below it).
    /// </summary>
    Task<long> ReadHeadAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Calls <paramref name="onChange"/> for every change from now on as soon as this node learns of it
    /// (its own commits at once, other nodes' when the follower reads them): once per change, but not
    /// necessarily in position order. For caches that must drop what a change makes stale without
    /// waiting for earlier positions to be proven complete; subscribers that need order use
    /// <see cref="Subscribe"/>. Same callback rules as there.
    /// </summary>
    IDisposable SubscribeToArrivals(Action<ChangeRecord> onChange);

    /// <summary>Completes once <see cref="AppliedPosition"/> is at least <paramref name="position"/>.</summary>
    Task WaitForAsync(long position, CancellationToken cancellationToken);
}
