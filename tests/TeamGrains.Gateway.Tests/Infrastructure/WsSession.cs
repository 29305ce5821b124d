using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;

namespace TeamGrains.Gateway.Tests.Infrastructure;

/// <summary>A raw graphql-transport-ws client for protocol tests: send JSON, read messages or the close code.</summary>
public sealed class WsSession : IAsyncDisposable
{
    private readonly WebSocket _socket;

    private WsSession(WebSocket socket)
    {
        _socket = socket;
    }

    public static async Task<WsSession> ConnectAsync(TestServer server, string? subProtocol = "graphql-transport-ws")
    {
        var client = server.CreateWebSocketClient();
        if (subProtocol is not null)
        {
            client.SubProtocols.Add(subProtocol);
        }

        return new WsSession(await client.ConnectAsync(new Uri(server.BaseAddress, "graphql"), CancellationToken.None));
    }

    public string? SubProtocol => _socket.SubProtocol;

    public Task SendAsync(object message) => SendTextAsync(JsonSerializer.Serialize(message));

    public Task SendTextAsync(string text) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>Connects with connection_init (and a credential) and expects connection_ack.</summary>
    public async Task InitAsync(string? bearer = null)
    {
        await SendAsync(new { type = "connection_init", payload = bearer is null ? null : new { authorization = "Bearer " + bearer } });
        var ack = await ReceiveAsync();
        Assert.Equal("connection_ack", ack.GetProperty("type").GetString());
    }

    /// <summary>The next message; fails if the server closes instead.</summary>
    public async Task<JsonElement> ReceiveAsync()
    {
        var (message, close) = await ReceiveOrCloseAsync();
        Assert.True(message.HasValue, $"Expected a message, but the server closed with {close}.");
        return message.Value;
    }

    /// <summary>The close code the server ends with; fails if it sends a message first.</summary>
    public async Task<int> ReceiveCloseAsync()
    {
        var (message, close) = await ReceiveOrCloseAsync();
        Assert.False(message.HasValue, $"Expected a close, got {message}.");
        return close!.Value;
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
        }

        _socket.Dispose();
    }

    private async Task<(JsonElement? Message, int? Close)> ReceiveOrCloseAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30)); // a safety net for a hung test, not a measurement
        var buffer = new byte[64 * 1024];
        using var text = new MemoryStream();
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return (null, (int)result.CloseStatus!.Value);
            }

            text.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return (JsonDocument.Parse(text.ToArray()).RootElement.Clone(), null);
            }
        }
    }
}
