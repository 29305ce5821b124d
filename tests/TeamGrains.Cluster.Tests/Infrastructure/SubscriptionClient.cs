using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;

namespace TeamGrains.Cluster.Tests.Infrastructure;

/// <summary>A graphql-transport-ws client (the protocol graphql-ws speaks) connected to one node.</summary>
public sealed class SubscriptionClient : IAsyncDisposable
{
    private readonly WebSocket _socket;
    private int _pings;

    private SubscriptionClient(WebSocket socket)
    {
        _socket = socket;
    }

    public static async Task<SubscriptionClient> ConnectAsync(TestServer server, string bearer)
    {
        var client = server.CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        var socket = await client.ConnectAsync(new Uri(server.BaseAddress, "graphql"), CancellationToken.None);
        var session = new SubscriptionClient(socket);
        await session.SendAsync(new { type = "connection_init", payload = new { authorization = "Bearer " + bearer } });
        Assert.Equal("connection_ack", (await session.ReceiveAsync()).GetProperty("type").GetString());
        return session;
    }

    /// <summary>
    /// Subscribes, then pings: the server sets a subscription's source up before it reads the next
    /// message, so the pong proves the subscription listens (nothing committed later can be missed).
    /// </summary>
    public async Task SubscribeAsync(string id, string query)
    {
        await SendAsync(new { id, type = "subscribe", payload = new { query } });
        var ping = Interlocked.Increment(ref _pings);
        await SendAsync(new { type = "ping", payload = new { n = ping } });
        var pong = await ReceiveAsync();
        Assert.Equal("pong", pong.GetProperty("type").GetString());
    }

    /// <summary>The next message of the server (a safety timeout only guards against a hung test).</summary>
    public async Task<JsonElement> ReceiveAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var buffer = new byte[64 * 1024];
        using var text = new MemoryStream();
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer, timeout.Token);
            Assert.NotEqual(WebSocketMessageType.Close, result.MessageType);
            text.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return JsonDocument.Parse(text.ToArray()).RootElement.Clone();
            }
        }
    }

    /// <summary>The next <c>next</c> payload's data for operation <paramref name="id"/>.</summary>
    public async Task<JsonElement> NextDataAsync(string id)
    {
        var message = await ReceiveAsync();
        Assert.Equal("next", message.GetProperty("type").GetString());
        Assert.Equal(id, message.GetProperty("id").GetString());
        return message.GetProperty("payload").GetProperty("data");
    }

    public Task SendAsync(object message) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(message)), WebSocketMessageType.Text, true, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
        }

        _socket.Dispose();
    }
}
