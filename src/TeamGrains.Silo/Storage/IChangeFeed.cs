namespace TeamGrains.Silo.Storage;

/// <summary>
/// The change log as this node has seen it, in commit order: local commits at once, other nodes'
/// commits as the follower reads them. Caches (effective permissions) and subscriptions listen here.
/// </summary>
public interface IChangeFeed
{
    /// <summary>The highest position this node has applied; every earlier position has been applied too.</summary>
    long AppliedPosition { get; }

    /// <summary>Called for every change, in position order, once applied to this node's activations.</summary>
    IDisposable Subscribe(Action<ChangeRecord> onChange);

    /// <summary>Completes once <see cref="AppliedPosition"/> is at least <paramref name="position"/>.</summary>
    Task WaitForAsync(long position, CancellationToken cancellationToken);
}
