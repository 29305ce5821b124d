using TeamGrains.Silo.Storage;

namespace TeamGrains.Benchmarks.Silo;

/// <summary>A change feed that never publishes: for measuring a subscriber's memory on its own.</summary>
internal sealed class SilentChangeFeed : IChangeFeed
{
    public long AppliedPosition => 0;

    public IDisposable Subscribe(Action<ChangeRecord> onChange) => new CancellationTokenSource();

    public Task WaitForAsync(long position, CancellationToken cancellationToken) => Task.CompletedTask;
}
