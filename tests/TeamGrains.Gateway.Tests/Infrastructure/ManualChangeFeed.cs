using TeamGrains.Silo.Storage;

namespace TeamGrains.Gateway.Tests.Infrastructure;

/// <summary>A change feed whose position the test moves by hand.</summary>
public sealed class ManualChangeFeed : IChangeFeed
{
    private readonly Lock _lock = new();
    private readonly List<(long Position, TaskCompletionSource Done)> _waiters = [];
    private long _applied;
    private long _head;

    public long AppliedPosition => Interlocked.Read(ref _applied);

    /// <summary>Moves the change log's head, as a commit of another node would.</summary>
    public void SetHead(long position) => Interlocked.Exchange(ref _head, position);

    public Task<long> ReadHeadAsync(CancellationToken cancellationToken) => Task.FromResult(Interlocked.Read(ref _head));

    public void Advance(long position)
    {
        lock (_lock)
        {
            _applied = position;
            foreach (var waiter in _waiters.Where(w => w.Position <= position).ToList())
            {
                waiter.Done.TrySetResult();
                _waiters.Remove(waiter);
            }
        }
    }

    public IDisposable Subscribe(Action<ChangeRecord> onChange) => throw new NotSupportedException();

    public IDisposable SubscribeToArrivals(Action<ChangeRecord> onChange) => throw new NotSupportedException();

    public Task WaitForAsync(long position, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_applied >= position)
            {
                return Task.CompletedTask;
            }

            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((position, done));
            return done.Task.WaitAsync(cancellationToken);
        }
    }
}
