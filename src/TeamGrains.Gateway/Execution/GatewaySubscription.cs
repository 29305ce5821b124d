namespace TeamGrains.Gateway.Execution;

/// <summary>
/// The answer to a subscribe: either a request error (<see cref="Error"/>) or a stream of results,
/// one per event, that ends when the source ends or the token is cancelled.
/// </summary>
public sealed class GatewaySubscription
{
    private GatewaySubscription(GatewayResult? error, IAsyncEnumerable<GatewayResult>? events)
    {
        Error = error;
        Events = events;
    }

    public GatewayResult? Error { get; }

    public IAsyncEnumerable<GatewayResult>? Events { get; }

    public static GatewaySubscription Failed(GatewayResult error) => new(error, null);

    public static GatewaySubscription Streaming(IAsyncEnumerable<GatewayResult> events) => new(null, events);
}
