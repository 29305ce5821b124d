using Microsoft.Extensions.Options;
using TeamGrains.Gateway.Auth;
using TeamGrains.Gateway.Execution;
using TeamGrains.Gateway.RateLimiting;

namespace TeamGrains.Gateway.WebSockets;

/// <summary>Accepts WebSocket upgrades on <c>/graphql</c> that speak graphql-transport-ws.</summary>
public sealed class GraphQLWebSocketHandler(
    IOptions<GatewayOptions> options,
    CredentialAuthenticator authenticator,
    GatewayRateLimiters limiters,
    IGraphQLService service,
    OperationRunner runner,
    ILogger<GraphQLWsConnection> logger)
{
    public const string SubProtocol = "graphql-transport-ws";

    public async Task HandleAsync(HttpContext context)
    {
        var offered = context.WebSockets.WebSocketRequestedProtocols.Contains(SubProtocol, StringComparer.Ordinal);
        using var socket = await context.WebSockets.AcceptWebSocketAsync(offered ? SubProtocol : null).ConfigureAwait(false);
        if (!offered)
        {
            await socket.CloseOutputAsync(
                (System.Net.WebSockets.WebSocketCloseStatus)GraphQLWsCloseCodes.SubprotocolNotAcceptable,
                "Subprotocol not acceptable",
                context.RequestAborted).ConfigureAwait(false);
            return;
        }

        var connection = new GraphQLWsConnection(
            socket, context, options.Value.WebSocket, authenticator, limiters, service, runner, logger);
        await connection.RunAsync(context.RequestAborted).ConfigureAwait(false);
    }
}
