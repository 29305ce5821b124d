using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;
using TeamGrains.Gateway.Auth;
using TeamGrains.Gateway.Execution;
using TeamGrains.Gateway.Http;
using TeamGrains.Gateway.RateLimiting;
using TeamGrains.Interfaces;

namespace TeamGrains.Gateway.WebSockets;

/// <summary>
/// One graphql-transport-ws connection (graphql-ws PROTOCOL.md): connection_init with the credential,
/// connection_ack, ping/pong, subscribe/next/error/complete, and the protocol's close codes.
/// </summary>
public sealed partial class GraphQLWsConnection(
    WebSocket socket,
    HttpContext http,
    WebSocketLimits limits,
    CredentialAuthenticator authenticator,
    GatewayRateLimiters limiters,
    IGraphQLService service,
    OperationRunner runner,
    ILogger<GraphQLWsConnection> logger)
{
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _operations = new(StringComparer.Ordinal);
    private readonly GraphQLWsSender _sender = new(socket, http.TraceIdentifier);
    private GatewayCaller? _caller;
    private string? _authorization;
    private volatile bool _initReceived;
    private volatile bool _acknowledged;
    private volatile bool _closing;

    public async Task RunAsync(CancellationToken aborted)
    {
        using var lifetime = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        var initWatch = CloseUnlessInitialisedAsync(lifetime.Token);
        var reader = new GraphQLWsMessageReader(socket, limits.MaxMessageBytes);
        try
        {
            while (true)
            {
                var (message, status) = await reader.ReadAsync(lifetime.Token).ConfigureAwait(false);
                if (status == GraphQLWsReadStatus.Closed)
                {
                    break;
                }

                if (_closing)
                {
                    continue; // We said goodbye: wait for the peer's close frame and ignore the rest.
                }

                if (status == GraphQLWsReadStatus.TooBig)
                {
                    await CloseAsync(GraphQLWsCloseCodes.MessageTooBig, $"Messages are limited to {limits.MaxMessageBytes} bytes").ConfigureAwait(false);
                }
                else if (status == GraphQLWsReadStatus.Binary)
                {
                    await CloseAsync(GraphQLWsCloseCodes.BadRequest, "Messages must be text").ConfigureAwait(false);
                }
                else
                {
                    await DispatchGuardedAsync(message, lifetime.Token).ConfigureAwait(false);
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // The peer went away without a close handshake; its operations are cancelled below.
        }
        finally
        {
            await lifetime.CancelAsync().ConfigureAwait(false);
            foreach (var operation in _operations.Values)
            {
                CancelQuietly(operation);
            }

            await initWatch.ConfigureAwait(false);
            if (socket.State == WebSocketState.CloseReceived)
            {
                await _sender.CloseAsync((int)WebSocketCloseStatus.NormalClosure, "Bye").ConfigureAwait(false);
            }

            _sender.Dispose();
        }
    }

    private async Task CloseUnlessInitialisedAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(limits.ConnectionInitTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (!_initReceived)
        {
            await CloseAsync(GraphQLWsCloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout").ConfigureAwait(false);
        }
    }

    /// <summary>A failure while handling one message (e.g. storage down during connection_init) ends the connection with 1011, never the process.</summary>
    private async Task DispatchGuardedAsync(ReadOnlyMemory<byte> message, CancellationToken cancellationToken)
    {
        try
        {
            await DispatchAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not (OperationCanceledException or WebSocketException))
        {
            LogMessageFailed(logger, e);
            await CloseAsync((int)WebSocketCloseStatus.InternalServerError, "Internal error").ConfigureAwait(false);
        }
    }

    private async Task DispatchAsync(ReadOnlyMemory<byte> message, CancellationToken cancellationToken)
    {
        using var document = TryParse(message);
        if (document is null
            || document.RootElement.ValueKind != JsonValueKind.Object
            || !document.RootElement.TryGetProperty("type", out var type)
            || type.ValueKind != JsonValueKind.String)
        {
            await CloseAsync(GraphQLWsCloseCodes.BadRequest, "Invalid message received").ConfigureAwait(false);
            return;
        }

        var root = document.RootElement;
        switch (type.GetString())
        {
            case "connection_init":
                await InitialiseAsync(root, cancellationToken).ConfigureAwait(false);
                break;
            case "ping":
                await _sender.SendAsync("pong", cancellationToken).ConfigureAwait(false);
                break;
            case "pong":
                break;
            case "subscribe":
                await SubscribeAsync(root).ConfigureAwait(false);
                break;
            case "complete":
                Complete(root);
                break;
            default:
                await CloseAsync(GraphQLWsCloseCodes.BadRequest, "Invalid message received").ConfigureAwait(false);
                break;
        }
    }

    private async Task InitialiseAsync(JsonElement message, CancellationToken cancellationToken)
    {
        if (_initReceived)
        {
            await CloseAsync(GraphQLWsCloseCodes.TooManyInitialisationRequests, "Too many initialisation requests").ConfigureAwait(false);
            return;
        }

        _initReceived = true;
        string? authorization = null;
        if (message.TryGetProperty("payload", out var payload))
        {
            if (payload.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
            {
                await CloseAsync(GraphQLWsCloseCodes.BadRequest, "Invalid message received").ConfigureAwait(false);
                return;
            }

            authorization = Authorization(payload);
        }

        var outcome = await authenticator.AuthenticateAsync(authorization, cancellationToken).ConfigureAwait(false);
        if (outcome.Unavailable)
        {
            // The credential could not be checked (storage restarting): 1013 "try again later" says the
            // condition is transient (graphql-ws retries it), where 4403 would tell the client that its
            // credential is bad and may make it sign its user out.
            await CloseAsync(GraphQLWsCloseCodes.TryAgainLater, "Try again later").ConfigureAwait(false);
            return;
        }

        if (outcome.Failed)
        {
            limiters.TryFailedAuthentication(http.Connection.RemoteIpAddress);
            await CloseAsync(GraphQLWsCloseCodes.Forbidden, "Forbidden").ConfigureAwait(false);
            return;
        }

        _caller = outcome.Caller;
        _authorization = authorization;
        _acknowledged = true;
        await _sender.SendAsync("connection_ack", cancellationToken).ConfigureAwait(false);
    }

    private static string? Authorization(JsonElement payload)
    {
        if (payload.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var property in payload.EnumerateObject())
        {
            if (string.Equals(property.Name, "authorization", StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind == JsonValueKind.String)
            {
                return property.Value.GetString();
            }
        }

        return null;
    }

    private void Complete(JsonElement message)
    {
        if (message.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            && _operations.TryRemove(id.GetString()!, out var operation))
        {
            CancelQuietly(operation);
        }
    }

    /// <summary>
    /// Cancels an operation whose body may be ending at the same moment: cancelling can run the body's
    /// continuation inline, and the body disposes its source when it ends, so a source already disposed
    /// means the operation is over, which is all a cancel wants.
    /// </summary>
    private static void CancelQuietly(CancellationTokenSource operation)
    {
        try
        {
            operation.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // Ended on its own meanwhile.
        }
    }

    private Task CloseAsync(int code, string reason)
    {
        _closing = true;
        LogClosing(logger, code, reason);
        return _sender.CloseAsync(code, reason);
    }

    private static JsonDocument? TryParse(ReadOnlyMemory<byte> message)
    {
        try
        {
            return JsonDocument.Parse(message);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Handling a GraphQL WebSocket message failed")]
    private static partial void LogMessageFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Closing GraphQL WebSocket with {CloseCode}: {Reason}")]
    private static partial void LogClosing(ILogger logger, int closeCode, string reason);
}
