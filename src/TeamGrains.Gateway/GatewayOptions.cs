namespace TeamGrains.Gateway;

/// <summary>Transport limits and switches of the gateway (configuration section <c>Gateway</c>).</summary>
public sealed class GatewayOptions
{
    public const string SectionName = "Gateway";

    /// <summary>Largest accepted HTTP request body; larger bodies get 413 with LIMIT_EXCEEDED.</summary>
    public long MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>How long a request carrying a consistency token may wait for this node to catch up.</summary>
    public TimeSpan ConsistencyWait { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Serves <c>/bench/bare</c> (the same JSON as a GraphQL answer, without GraphQL) for load comparisons.</summary>
    public bool BenchBareEndpoint { get; set; }

    /// <summary>Largest query depth accepted by validation.</summary>
    public int MaxQueryDepth { get; set; } = 15;

    /// <summary>Largest number of aliases in one document.</summary>
    public int MaxAliases { get; set; } = 50;

    /// <summary>Largest estimated cost (fields times list page sizes) of one document.</summary>
    public int MaxQueryCost { get; set; } = 20_000;

    public WebSocketLimits WebSocket { get; set; } = new();
}
