namespace TeamGrains.Silo.Runtime;

/// <summary>An auto-reset wake-up: any number of <see cref="Set"/> calls wake one pending <see cref="WaitAsync"/> once.</summary>
internal sealed class WakeSignal : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);

    public void Set()
    {
        try
        {
            _semaphore.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already set: one wake-up covers every change since.
        }
        catch (ObjectDisposedException)
        {
            // Stopping.
        }
    }

    /// <summary>True when woken, false when <paramref name="timeout"/> passed first.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _semaphore.WaitAsync(timeout, cancellationToken);

    public void Dispose() => _semaphore.Dispose();
}
