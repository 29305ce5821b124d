namespace TeamGrains.Silo.Storage.Internal;

/// <summary>A held slot of a semaphore, released on dispose.</summary>
internal sealed class WriteGate : IDisposable
{
    private SemaphoreSlim? _semaphore;

    private WriteGate(SemaphoreSlim semaphore) => _semaphore = semaphore;

    public static async Task<WriteGate> EnterAsync(SemaphoreSlim semaphore, CancellationToken cancellationToken)
    {
        await semaphore.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new WriteGate(semaphore);
    }

    public void Dispose() => Interlocked.Exchange(ref _semaphore, null)?.Release();
}
