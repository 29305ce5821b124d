namespace TeamGrains.Gateway.Execution;

/// <summary>
/// The seam between the transports (HTTP, WebSocket) and the GraphQL engine with the contract schema
/// bound to grains. Transports decide status codes, limits and framing; this decides answers.
/// </summary>
public interface IGraphQLService
{
    /// <summary>The schema in SDL, for <c>GET /graphql?sdl</c>.</summary>
    string Sdl { get; }

    /// <summary>The kind of operation the request selects, or null when the document does not parse or names no operation.</summary>
    OperationKind? GetOperationKind(GatewayRequest request);

    /// <summary>Validates and executes a query or mutation.</summary>
    Task<GatewayResult> ExecuteAsync(GatewayRequest request, GatewayCaller? caller, CancellationToken cancellationToken);

    /// <summary>Validates a subscription and starts its event stream.</summary>
    Task<GatewaySubscription> SubscribeAsync(GatewayRequest request, GatewayCaller? caller, CancellationToken cancellationToken);
}
