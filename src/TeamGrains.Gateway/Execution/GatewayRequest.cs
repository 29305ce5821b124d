using System.Text.Json;

namespace TeamGrains.Gateway.Execution;

/// <summary>A GraphQL request as a transport received it (GraphQL-over-HTTP §"Request Parameters").</summary>
public sealed record GatewayRequest(
    string Query,
    string? OperationName,
    JsonElement? Variables,
    JsonElement? Extensions)
{
    /// <summary>The id of the HTTP request or WebSocket connection, recorded in the audit log of its changes.</summary>
    public string? RequestId { get; init; }
}
