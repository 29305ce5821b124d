using Microsoft.Extensions.DependencyInjection;
using TeamGrains.Silo.Storage;

namespace TeamGrains.Gateway.Tests.Infrastructure;

/// <summary>The node's real change feed, counting the head reads (database round trips) made through it.</summary>
public sealed class CountingChangeFeed(IChangeFeed inner) : IChangeFeed
{
    private int _headReads;

    public int HeadReads => Volatile.Read(ref _headReads);

    public long AppliedPosition => inner.AppliedPosition;

    /// <summary>Replaces the registered <see cref="IChangeFeed"/> with a counting wrapper around it; <paramref name="created"/> gets the wrapper.</summary>
    public static void Decorate(IServiceCollection services, Action<CountingChangeFeed> created)
    {
        var registered = services.Single(d => d.ServiceType == typeof(IChangeFeed));
        services.Remove(registered);
        services.AddSingleton<IChangeFeed>(sp =>
        {
            var real = registered.ImplementationInstance
                ?? registered.ImplementationFactory?.Invoke(sp)
                ?? ActivatorUtilities.CreateInstance(sp, registered.ImplementationType!);
            var counting = new CountingChangeFeed((IChangeFeed)real);
            created(counting);
            return counting;
        });
    }

    public Task<long> ReadHeadAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _headReads);
        return inner.ReadHeadAsync(cancellationToken);
    }

    public IDisposable Subscribe(Action<ChangeRecord> onChange) => inner.Subscribe(onChange);

    public IDisposable SubscribeToArrivals(Action<ChangeRecord> onChange) => inner.SubscribeToArrivals(onChange);

    public Task WaitForAsync(long position, CancellationToken cancellationToken) => inner.WaitForAsync(position, cancellationToken);
}
