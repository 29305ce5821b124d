using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;
using TeamGrains.Gateway.Execution;

namespace TeamGrains.Gateway.WebSockets;

/// <summary>
/// Writes graphql-transport-ws messages to one socket. Operations run concurrently, but a WebSocket
/// allows one send at a time, so sends are serialised here.
/// </summary>
public sealed class GraphQLWsSender(WebSocket socket, string requestId) : IDisposable
{
    private readonly SemaphoreSlim _sendLock = new(1, 1);

    public Task SendAsync(string type, CancellationToken cancellationToken) =>
        SendAsync(writer => writer.WriteString("type", type), cancellationToken);

    public Task SendNextAsync(string id, GatewayResult result, CancellationToken cancellationToken) =>
        SendAsync(
            writer =>
            {
                writer.WriteString("id", id);
                writer.WriteString("type", "next");
                writer.WritePropertyName("payload");
                GatewayResultWriter.Write(writer, result, requestId);
            },
            cancellationToken);

    public Task SendErrorAsync(string id, IReadOnlyList<GatewayError> errors, CancellationToken cancellationToken) =>
        SendAsync(
            writer =>
            {
                writer.WriteString("id", id);
                writer.WriteString("type", "error");
                writer.WritePropertyName("payload");
                GatewayResultWriter.WriteErrors(writer, errors, requestId);
            },
            cancellationToken);

    public Task SendCompleteAsync(string id, CancellationToken cancellationToken) =>
        SendAsync(
            writer =>
            {
                writer.WriteString("id", id);
                writer.WriteString("type", "complete");
            },
            cancellationToken);

    /// <summary>
    /// Sends a close frame; the receive loop then reads the peer's answering close frame and ends
    /// (CloseOutputAsync does not wait for it, so it is safe while a receive is pending).
    /// </summary>
    public async Task CloseAsync(int code, string reason)
    {
        await _sendLock.WaitAsync().ConfigureAwait(false);
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (WebSocketException)
        {
            // The peer is already gone; nothing left to tell it.
        }
        finally
        {
            _sendLock.Release();
        }
    }

    public void Dispose() => _sendLock.Dispose();

    private async Task SendAsync(Action<Utf8JsonWriter> writeFields, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writeFields(writer);
            writer.WriteEndObject();
        }

        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (socket.State == WebSocketState.Open)
            {
                await socket.SendAsync(buffer.WrittenMemory, WebSocketMessageType.Text, true, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _sendLock.Release();
        }
    }
}
