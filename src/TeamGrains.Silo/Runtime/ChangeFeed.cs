using Microsoft.Extensions.Logging;
using TeamGrains.Interfaces.Runtime;
using TeamGrains.Silo.Storage;
using TeamGrains.Silo.Storage.Internal;

namespace TeamGrains.Silo.Runtime;

/// <summary>
/// This node's view of the change log. Rows arrive from local commits (at once) and from the
/// follower (every commit, any node), possibly out of order and twice; each row makes the local
/// activations it names stale as soon as it arrives, and waits in pending until its position is
/// proven complete: every position at or below it has arrived or never will. Then rows are
/// published to subscribers exactly once, strictly in position order. Completeness comes from the
/// follower's horizon (<see cref="Advance"/>), and, where positions are gapless (SQLite's counter),
/// also from a row at the next position.
/// </summary>
internal sealed class ChangeFeed(GrainCatalog catalog, ChangeLogReader changeLog, GrainMetrics metrics, ILogger<ChangeFeed> logger) : IChangeFeed
{
    private readonly Lock _gate = new();
    private readonly SortedDictionary<long, ChangeRecord> _pending = [];
    private readonly List<Waiter> _waiters = [];
    private readonly ChangeSubscribers _inOrder = new(logger);
    private readonly ChangeSubscribers _onArrival = new(logger);
    private long _applied;
    private bool _gapless;

    /// <summary>
    /// Raised when the feed needs the follower: someone waits for a position not applied yet, or a
    /// local commit's rows wait for the horizon to pass them.
    /// </summary>
    public event Action? Behind;

    /// <summary>Raised after every local commit that appended rows (PostgreSQL: other nodes get a NOTIFY).</summary>
    public event Action? LocalCommit;

    public long AppliedPosition => Volatile.Read(ref _applied);

    /// <summary>Whether someone waits for a position not applied yet (the follower then looks again soon).</summary>
    public bool IsAwaited
    {
        get
        {
            lock (_gate)
            {
                return _waiters.Count > 0;
            }
        }
    }

    /// <summary>
    /// Starts the feed at the log's horizon when the node starts (earlier changes concern no activation
    /// here). <paramref name="gapless"/>: positions are consecutive with no holes (SQLite), so a row at the
    /// next position is published without waiting for the follower.
    /// </summary>
    public void Initialize(long position, bool gapless)
    {
        lock (_gate)
        {
            _applied = Math.Max(_applied, position);
            _gapless = gapless;
        }
    }

    public Task<long> ReadHeadAsync(CancellationToken cancellationToken) => changeLog.ReadHeadAsync(cancellationToken);

    public IDisposable Subscribe(Action<ChangeRecord> onChange) => _inOrder.Add(onChange);

    public IDisposable SubscribeToArrivals(Action<ChangeRecord> onChange) => _onArrival.Add(onChange);

    public Task WaitForAsync(long position, CancellationToken cancellationToken)
    {
        if (AppliedPosition >= position)
        {
            return Task.CompletedTask;
        }

        var waiter = new Waiter(position);
        lock (_gate)
        {
            if (_applied >= position)
            {
                return Task.CompletedTask;
            }

            _waiters.Add(waiter);
        }

        Behind?.Invoke();
        return waiter.WaitAsync(this, cancellationToken);
    }

    /// <summary>
    /// Marks a write by <paramref name="activation"/> as in flight. The follower may read the write's rows
    /// after its COMMIT but before the writer has applied it here; without this, they would make the
    /// writer's own activation stale (a wasted reload). Rows naming it are held until <see cref="EndWrite"/>.
    /// False when another write holds it already (then that one checks the rows; this one must not end it).
    /// </summary>
    public bool TryBeginWrite(GrainActivation activation)
    {
        lock (_gate)
        {
            if (activation.HeldChanges is not null)
            {
                return false;
            }

            activation.HeldChanges = [];
            return true;
        }
    }

    /// <summary>Ends the write: the positions held meanwhile, for the writer to check against its new position.</summary>
    public List<long> EndWrite(GrainActivation activation)
    {
        lock (_gate)
        {
            var held = activation.HeldChanges ?? [];
            activation.HeldChanges = null;
            return held;
        }
    }

    /// <summary>Takes a local commit's rows (with the grain that wrote them, whose activation is current, or null).</summary>
    public void Offer(IReadOnlyList<ChangeRecord> changes, GrainId? writer) => Offer(changes, writer, []);

    /// <summary>A local commit's rows; the writer's and the <paramref name="absorbed"/> grains' activations are current.</summary>
    public void Offer(IReadOnlyList<ChangeRecord> changes, GrainId? writer, IReadOnlyCollection<GrainId> absorbed)
    {
        List<Waiter>? reached;
        bool waiting;
        lock (_gate)
        {
            AddPending(changes, writer, absorbed);
            reached = _gapless ? PublishThrough(long.MaxValue, contiguousOnly: true) : null;
            waiting = _pending.Count > 0;
        }

        reached?.ForEach(w => w.Complete());
        LocalCommit?.Invoke();
        if (waiting)
        {
            // Only the follower's horizon can prove the positions below these complete.
            Behind?.Invoke();
        }
    }

    /// <summary>
    /// Takes the follower's rows and its proof that every position at or below <paramref name="complete"/>
    /// is final and among the rows offered so far: publishes pending rows up to it, in order, and moves
    /// the applied position there.
    /// </summary>
    public void Follow(IReadOnlyList<ChangeRecord> rows, long complete)
    {
        List<Waiter>? reached;
        lock (_gate)
        {
            AddPending(rows, writer: null, absorbed: []);
            reached = PublishThrough(complete, contiguousOnly: false);
        }

        reached?.ForEach(w => w.Complete());
    }

    /// <summary>New rows go to pending and make the activations they name stale at once.</summary>
    private void AddPending(IReadOnlyList<ChangeRecord> changes, GrainId? writer, IReadOnlyCollection<GrainId> absorbed)
    {
        foreach (var change in changes)
        {
            if (change.Position <= _applied || !_pending.TryAdd(change.Position, change))
            {
                continue;
            }

            if (change.Grain != writer && !absorbed.Contains(change.Grain))
            {
                catalog.OnChanged(change);
            }

            _onArrival.Invoke(change);
        }
    }

    /// <summary>Publishes pending rows up to <paramref name="complete"/> (or only the run at applied + 1); returns the waiters reached.</summary>
    private List<Waiter>? PublishThrough(long complete, bool contiguousOnly)
    {
        var before = _applied;
        var published = 0;
        while (_pending.Count > 0)
        {
            var next = _pending.First().Value;
            if (contiguousOnly ? next.Position != _applied + 1 : next.Position > complete)
            {
                break;
            }

            _pending.Remove(next.Position);
            Volatile.Write(ref _applied, next.Position);
            _inOrder.Invoke(next);
            published++;
        }

        if (!contiguousOnly && complete > _applied)
        {
            Volatile.Write(ref _applied, complete);
        }

        if (published > 0)
        {
            metrics.ChangesApplied(published);
        }

        return _applied > before ? TakeReachedWaiters() : null;
    }

    private List<Waiter>? TakeReachedWaiters()
    {
        List<Waiter>? reached = null;
        for (var i = _waiters.Count - 1; i >= 0; i--)
        {
            if (_waiters[i].Position <= _applied)
            {
                (reached ??= []).Add(_waiters[i]);
                _waiters.RemoveAt(i);
            }
        }

        return reached;
    }

    private void Remove(Waiter waiter)
    {
        lock (_gate)
        {
            _waiters.Remove(waiter);
        }
    }

    private sealed class Waiter(long position)
    {
        private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public long Position => position;

        public void Complete() => _completion.TrySetResult();

        public async Task WaitAsync(ChangeFeed feed, CancellationToken cancellationToken)
        {
            try
            {
                await _completion.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                if (!_completion.Task.IsCompleted)
                {
                    feed.Remove(this);
                }
            }
        }
    }
}
