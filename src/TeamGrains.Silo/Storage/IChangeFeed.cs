namespace TeamGrains.Silo.Storage;

/// <summary>
/// The change log as this node has seen it, in commit order: local commits at once, other nodes'
/// commits as the follower reads them. Caches (effective permissions) and subscriptions listen here.
/// </summary>
public interface IChangeFeed
{
    /// <summary>The highest position this node has applied; every earlier position has been applied too.</summary>
    long AppliedPosition { get; }

    /// <summary>
    /// Calls <paramref name="onChange"/> for every change from now on, in position order, once applied to
    /// this node's activations; dispose to stop. Callbacks run synchronously on the committing or
    /// following thread, one at a time: they must be quick and never block (hand work to a channel).
    /// An exception from a callback is logged and does not stop other subscribers.
    /// </summary>
    IDisposable Subscribe(Action<ChangeRecord> onChange);

    /// <summary>Completes once <see cref="AppliedPosition"/> is at least <paramref name="position"/>.</summary>
    Task WaitForAsync(long position, CancellationToken cancellationToken);
}
