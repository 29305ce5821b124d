using TeamGrains.Silo.Storage;

namespace TeamGrains.Benchmarks.Silo;

/// <summary>A change feed that never publishes: for measuring a subscriber's memory on its own.</summary>
internal sealed class SilentChangeFeed : IChangeFeed
{
    public long AppliedPosition => 0;

    public IDisposable Subscribe(Action<ChangeRecord> onChange) => new CancellationTokenSource();

    public IDisposable SubscribeToArrivals(Action<ChangeRecord> onChange) => new CancellationTokenSource();

    public Task<long> ReadHeadAsync(CancellationToken cancellationToken) => Task.FromResult(0L);

    public Task WaitForAsync(long position, CancellationToken cancellationToken) => Task.CompletedTask;
}
