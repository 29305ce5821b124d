using System.Text.Json;
using TeamGrains.Gateway.Execution;
using TeamGrains.Gateway.Http;
using TeamGrains.Interfaces;

namespace TeamGrains.Gateway.WebSockets;

/// <summary>The operations of a connection: subscribe starts one, complete (either way) ends it.</summary>
public sealed partial class GraphQLWsConnection
{
    private async Task SubscribeAsync(JsonElement message)
    {
        if (!_acknowledged)
        {
            await CloseAsync(GraphQLWsCloseCodes.Unauthorized, "Unauthorized").ConfigureAwait(false);
            return;
        }

        if (!message.TryGetProperty("id", out var idElement) || idElement.ValueKind != JsonValueKind.String
            || idElement.GetString() is not { Length: > 0 } id
            || !message.TryGetProperty("payload", out var payload) || payload.ValueKind != JsonValueKind.Object)
        {
            await CloseAsync(GraphQLWsCloseCodes.BadRequest, "Invalid message received").ConfigureAwait(false);
            return;
        }

        var (request, error) = GraphQLHttpRequestReader.FromParameters(
            Property(payload, "query"), Property(payload, "operationName"), Property(payload, "variables"), Property(payload, "extensions"));
        if (error is not null)
        {
            await CloseAsync(GraphQLWsCloseCodes.BadRequest, "Invalid message received").ConfigureAwait(false);
            return;
        }

        if (_operations.ContainsKey(id))
        {
            await CloseAsync(GraphQLWsCloseCodes.SubscriberAlreadyExists, $"Subscriber for {id} already exists").ConfigureAwait(false);
            return;
        }

        if (_operations.Count >= limits.MaxSubscriptionsPerConnection)
        {
            await _sender.SendErrorAsync(
                id,
                [new GatewayError($"At most {limits.MaxSubscriptionsPerConnection} operations may run on one connection.", ErrorCodes.LimitExceeded)],
                http.RequestAborted).ConfigureAwait(false);
            return;
        }

        var cancellation = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        _operations[id] = cancellation;
        _ = Task.Run(() => RunOperationAsync(id, request!, cancellation));
    }

    private async Task RunOperationAsync(string id, GatewayRequest request, CancellationTokenSource cancellation)
    {
        var token = cancellation.Token;
        try
        {
            var kind = service.GetOperationKind(request);
            if (kind == OperationKind.Subscription)
            {
                var subscription = await service.SubscribeAsync(request, _caller, token).ConfigureAwait(false);
                if (subscription.Error is not null)
                {
                    await _sender.SendErrorAsync(id, subscription.Error.Errors, token).ConfigureAwait(false);
                    return;
                }

                await foreach (var result in subscription.Events!.WithCancellation(token).ConfigureAwait(false))
                {
                    await _sender.SendNextAsync(id, result, token).ConfigureAwait(false);
                }
            }
            else
            {
                var result = await runner.RunAsync(request, kind, _caller, http.Connection.RemoteIpAddress, null, token).ConfigureAwait(false);
                if (!result.HasData)
                {
                    await _sender.SendErrorAsync(id, result.Errors, token).ConfigureAwait(false);
                    return;
                }

                await _sender.SendNextAsync(id, result, token).ConfigureAwait(false);
            }

            // A client that completed the operation itself expects nothing more for it.
            if (_operations.TryRemove(new KeyValuePair<string, CancellationTokenSource>(id, cancellation)))
            {
                await _sender.SendCompleteAsync(id, token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // Completed by the client or the connection ended.
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogOperationFailed(logger, e, id);
            await _sender.SendErrorAsync(id, [new GatewayError("The operation failed; retry later.", ErrorCodes.Unavailable)], CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            _operations.TryRemove(new KeyValuePair<string, CancellationTokenSource>(id, cancellation));
            cancellation.Dispose();
        }
    }

    private static JsonElement? Property(JsonElement payload, string name) =>
        payload.TryGetProperty(name, out var value) ? value : null;

    [LoggerMessage(Level = LogLevel.Error, Message = "GraphQL WebSocket operation {OperationId} failed")]
    private static partial void LogOperationFailed(ILogger logger, Exception exception, string operationId);
}
