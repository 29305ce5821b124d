namespace TeamGrains.Gateway;

/// <summary>Limits of the graphql-transport-ws endpoint (configuration section <c>Gateway:WebSocket</c>).</summary>
public sealed class WebSocketLimits
{
    /// <summary>A connection that sends no connection_init within this time is closed with 4408.</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Largest accepted message; a larger one closes the connection with 1009 (message too big).</summary>
    public int MaxMessageBytes { get; set; } = 64 * 1024;

    /// <summary>Largest number of operations running at once on one connection.</summary>
    public int MaxSubscriptionsPerConnection { get; set; } = 100;

    /// <summary>How often the server pings an idle client to keep proxies from dropping the connection.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(30);
}
