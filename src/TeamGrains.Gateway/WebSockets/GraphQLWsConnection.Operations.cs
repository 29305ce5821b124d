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

        // An API key revoked while the socket is open must stop working at once, as it does over HTTP.
        if (_caller is { Kind: CredentialKind.ApiKey } && !await CredentialStillValidAsync(http.RequestAborted).ConfigureAwait(false))
        {
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

        request = request! with { RequestId = http.TraceIdentifier };
        var cancellation = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        _operations[id] = cancellation;
        var kind = service.GetOperationKind(request);
        if (kind != OperationKind.Subscription)
        {
            _ = Task.Run(() => GuardAsync(id, cancellation, token => ExecuteAsync(id, request, kind, token)));
            return;
        }

        // The source is set up before the next message is read: an answer to any later message on this
        // connection proves the subscription is listening (clients rely on that to avoid missing events).
        var events = await StartSubscriptionAsync(id, request, cancellation).ConfigureAwait(false);
        if (events is not null)
        {
            _ = Task.Run(() => GuardAsync(id, cancellation, token => PumpAsync(id, events, token)));
        }
    }

    private async Task<IAsyncEnumerable<GatewayResult>?> StartSubscriptionAsync(string id, GatewayRequest request, CancellationTokenSource cancellation)
    {
        try
        {
            var subscription = await service.SubscribeAsync(request, _caller, cancellation.Token).ConfigureAwait(false);
            if (subscription.Error is null)
            {
                return subscription.Events;
            }

            await _sender.SendErrorAsync(id, subscription.Error.Errors, cancellation.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogOperationFailed(logger, e, id);
            await _sender.SendErrorAsync(id, [new GatewayError("The operation failed; retry later.", ErrorCodes.Unavailable)], CancellationToken.None).ConfigureAwait(false);
        }

        _operations.TryRemove(new KeyValuePair<string, CancellationTokenSource>(id, cancellation));
        cancellation.Dispose();
        return null;
    }

    private async Task<bool> PumpAsync(string id, IAsyncEnumerable<GatewayResult> events, CancellationToken token)
    {
        await foreach (var result in events.WithCancellation(token).ConfigureAwait(false))
        {
            if (!await CredentialStillValidAsync(token).ConfigureAwait(false))
            {
                return false;
            }

            await _sender.SendNextAsync(id, result, token).ConfigureAwait(false);
        }

        return true;
    }

    /// <summary>
    /// Checks the connection's credential again before an event leaves: an API key revoked, a user
    /// deactivated or a token expired while a subscription runs must not receive one more event. API keys
    /// are checked in their grain's memory, tokens hit the verified-token cache, so this is cheap. A
    /// failed check closes the connection (4403); one that cannot be made now closes it with 1013, so
    /// the client reconnects instead of missing events silently.
    /// </summary>
    private async Task<bool> CredentialStillValidAsync(CancellationToken token)
    {
        var outcome = await authenticator.AuthenticateAsync(_authorization, token).ConfigureAwait(false);
        if (outcome.Unavailable)
        {
            await CloseAsync(GraphQLWsCloseCodes.TryAgainLater, "Try again later").ConfigureAwait(false);
            return false;
        }

        if (outcome.Failed)
        {
            await CloseAsync(GraphQLWsCloseCodes.Forbidden, "Forbidden").ConfigureAwait(false);
            return false;
        }

        return true;
    }

    private async Task<bool> ExecuteAsync(string id, GatewayRequest request, OperationKind? kind, CancellationToken token)
    {
        var result = await runner.RunAsync(request, kind, _caller, http.Connection.RemoteIpAddress, null, token).ConfigureAwait(false);
        if (!result.HasData)
        {
            await _sender.SendErrorAsync(id, result.Errors, token).ConfigureAwait(false);
            return false;
        }

        await _sender.SendNextAsync(id, result, token).ConfigureAwait(false);
        return true;
    }

    /// <summary>Runs an operation's body; sends complete when it ends normally, an error when it fails, nothing when cancelled.</summary>
    private async Task GuardAsync(string id, CancellationTokenSource cancellation, Func<CancellationToken, Task<bool>> body)
    {
        var token = cancellation.Token;
        try
        {
            var completes = await body(token).ConfigureAwait(false);

            // A client that completed the operation itself expects nothing more for it.
            if (_operations.TryRemove(new KeyValuePair<string, CancellationTokenSource>(id, cancellation)) && completes)
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
