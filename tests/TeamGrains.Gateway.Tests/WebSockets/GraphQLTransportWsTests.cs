using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TeamGrains.Gateway.Auth;
using TeamGrains.Gateway.Execution;
using TeamGrains.Gateway.Tests.Infrastructure;

namespace TeamGrains.Gateway.Tests.WebSockets;

/// <summary>The graphql-transport-ws protocol (graphql-ws PROTOCOL.md) with its close codes and our limits.</summary>
public sealed class GraphQLTransportWsTests : IDisposable
{
    private readonly TransportFactory _factory = new(new Dictionary<string, string?>
    {
        ["Gateway:WebSocket:MaxMessageBytes"] = "2048",
        ["Gateway:WebSocket:MaxSubscriptionsPerConnection"] = "2",
    });

    [Fact]
    public async Task InitIsAcknowledgedAndPingsArePonged()
    {
        await using var ws = await WsSession.ConnectAsync(_factory.Server);
        await ws.InitAsync();

        await ws.SendAsync(new { type = "ping" });

        Assert.Equal("graphql-transport-ws", ws.SubProtocol);
        Assert.Equal("pong", (await ws.ReceiveAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task AValidCredentialInTheInitPayloadIdentifiesTheCaller()
    {
        var token = _factory.Services.GetRequiredService<DevelopmentTokenService>().Issue("u-alice", "alice@example.com");
        await using var ws = await WsSession.ConnectAsync(_factory.Server);
        await ws.InitAsync(token);

        await ws.SendAsync(new { id = "1", type = "subscribe", payload = new { query = "{ me }" } });
        var next = await ws.ReceiveAsync();
        var complete = await ws.ReceiveAsync();

        Assert.Equal("u-alice", next.GetProperty("payload").GetProperty("data").GetProperty("me").GetString());
        Assert.Equal("complete", complete.GetProperty("type").GetString());
    }

    [Fact]
    public async Task ABadCredentialClosesWith4403()
    {
        await using var ws = await WsSession.ConnectAsync(_factory.Server);

        await ws.SendAsync(new { type = "connection_init", payload = new { authorization = "Bearer nonsense" } });

        Assert.Equal(4403, await ws.ReceiveCloseAsync());
    }

    [Fact]
    public async Task AnApiKeyRevokedWhileConnectedClosesWith4403OnItsNextOperation()
    {
        await using var ws = await WsSession.ConnectAsync(_factory.Server);
        await ws.InitAsync(TestIdentities.ApiKeySecret);
        await ws.SendAsync(new { id = "1", type = "subscribe", payload = new { query = "{ me }" } });
        var before = await ws.ReceiveAsync();
        await ws.ReceiveAsync();

        _factory.Identities.RevokeApiKey();
        await ws.SendAsync(new { id = "2", type = "subscribe", payload = new { query = "{ me }" } });

        Assert.Equal("u-alice", before.GetProperty("payload").GetProperty("data").GetProperty("me").GetString());
        Assert.Equal(4403, await ws.ReceiveCloseAsync());
    }

    [Fact]
    public async Task ASubscriptionOfAnApiKeyRevokedWhileItRunsGetsNoFurtherEventAndClosesWith4403()
    {
        var schema = (TinyTestSchemaService)_factory.Services.GetRequiredService<IGraphQLService>();
        await using var ws = await WsSession.ConnectAsync(_factory.Server);
        await ws.InitAsync(TestIdentities.ApiKeySecret);
        await ws.SendAsync(new { id = "g", type = "subscribe", payload = new { query = "subscription { gated }" } });
        await ws.SendAsync(new { id = "q", type = "subscribe", payload = new { query = "{ me }" } });
        await ws.ReceiveAsync();
        await ws.ReceiveAsync();

        schema.Emit(1);
        var before = await ws.ReceiveAsync();
        _factory.Identities.RevokeApiKey();
        schema.Emit(2);

        Assert.Equal(1, before.GetProperty("payload").GetProperty("data").GetProperty("gated").GetInt32());
        Assert.Equal(4403, await ws.ReceiveCloseAsync());
    }

    [Fact]
    public async Task AnUnexpectedFailureClosesWith1011()
    {
        await using var ws = await WsSession.ConnectAsync(_factory.Server);

        await ws.SendAsync(new { type = "connection_init", payload = new { authorization = "Bearer " + TestIdentities.FailingSecret } });

        Assert.Equal(1011, await ws.ReceiveCloseAsync());
    }

    [Fact]
    public async Task NoInitInTimeClosesWith4408()
    {
        using var factory = new TransportFactory(new Dictionary<string, string?> { ["Gateway:WebSocket:ConnectionInitTimeout"] = "00:00:00.100" });
        await using var ws = await WsSession.ConnectAsync(factory.Server);

        Assert.Equal(4408, await ws.ReceiveCloseAsync());
    }

    [Fact]
    public async Task ASecondInitClosesWith4429()
    {
        await using var ws = await WsSession.ConnectAsync(_factory.Server);
        await ws.InitAsync();

        await ws.SendAsync(new { type = "connection_init" });

        Assert.Equal(4429, await ws.ReceiveCloseAsync());
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"type\": \"teleport\"}")]
    [InlineData("{\"no\": \"type\"}")]
    [InlineData("{\"type\": \"subscribe\", \"id\": \"1\"}")]
    public async Task InvalidMessagesCloseWith4400(string message)
    {
        await using var ws = await WsSession.ConnectAsync(_factory.Server);
        await ws.InitAsync();

        await ws.SendTextAsync(message);

        Assert.Equal(4400, await ws.ReceiveCloseAsync());
    }

    [Fact]
    public async Task SubscribeBeforeAckClosesWith4401()
    {
        await using var ws = await WsSession.ConnectAsync(_factory.Server);

        await ws.SendAsync(new { id = "1", type = "subscribe", payload = new { query = "subscription { ticks }" } });

        Assert.Equal(4401, await ws.ReceiveCloseAsync());
    }

    [Fact]
    public async Task ADuplicateOperationIdClosesWith4409()
    {
        await using var ws = await WsSession.ConnectAsync(_factory.Server);
        await ws.InitAsync();

        await ws.SendAsync(new { id = "same", type = "subscribe", payload = new { query = "subscription { forever }" } });
        await ws.SendAsync(new { id = "same", type = "subscribe", payload = new { query = "subscription { forever }" } });

        Assert.Equal(4409, await ws.ReceiveCloseAsync());
    }

    [Fact]
    public async Task SubscriptionsStreamNextThenComplete()
    {
        await using var ws = await WsSession.ConnectAsync(_factory.Server);
        await ws.InitAsync();

        await ws.SendAsync(new { id = "t", type = "subscribe", payload = new { query = "subscription { ticks }" } });
        var messages = new List<JsonElement>();
        for (var i = 0; i < 4; i++)
        {
            messages.Add(await ws.ReceiveAsync());
        }

        Assert.Equal(["next", "next", "next", "complete"], messages.Select(m => m.GetProperty("type").GetString()));
        Assert.Equal([1, 2, 3], messages.Take(3).Select(m => m.GetProperty("payload").GetProperty("data").GetProperty("ticks").GetInt32()));
        Assert.All(messages, m => Assert.Equal("t", m.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task AClientCompleteEndsTheOperationAndFreesItsId()
    {
        await using var ws = await WsSession.ConnectAsync(_factory.Server);
        await ws.InitAsync();
        await ws.SendAsync(new { id = "f", type = "subscribe", payload = new { query = "subscription { forever }" } });

        await ws.SendAsync(new { id = "f", type = "complete" });
        await ws.SendAsync(new { id = "f", type = "subscribe", payload = new { query = "subscription { ticks }" } });

        Assert.Equal("next", (await ws.ReceiveAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task InvalidOperationsGetAnErrorMessage()
    {
        await using var ws = await WsSession.ConnectAsync(_factory.Server);
        await ws.InitAsync();

        await ws.SendAsync(new { id = "e", type = "subscribe", payload = new { query = "subscription { nosuchfield }" } });
        var error = await ws.ReceiveAsync();

        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task OperationsPerConnectionAreLimited()
    {
        await using var ws = await WsSession.ConnectAsync(_factory.Server);
        await ws.InitAsync();

        await ws.SendAsync(new { id = "a", type = "subscribe", payload = new { query = "subscription { forever }" } });
        await ws.SendAsync(new { id = "b", type = "subscribe", payload = new { query = "subscription { forever }" } });
        await ws.SendAsync(new { id = "c", type = "subscribe", payload = new { query = "subscription { forever }" } });
        var refused = await ws.ReceiveAsync();

        Assert.Equal("c", refused.GetProperty("id").GetString());
        Assert.Equal("LIMIT_EXCEEDED", refused.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task OversizedMessagesCloseWith1009()
    {
        await using var ws = await WsSession.ConnectAsync(_factory.Server);
        await ws.InitAsync();

        await ws.SendAsync(new { id = "big", type = "subscribe", payload = new { query = "{ __typename }" + new string(' ', 4096) } });

        Assert.Equal(1009, await ws.ReceiveCloseAsync());
    }

    [Fact]
    public async Task WithoutTheSubprotocolTheConnectionIsClosedWith4406()
    {
        await using var ws = await WsSession.ConnectAsync(_factory.Server, subProtocol: null);

        Assert.Equal(4406, await ws.ReceiveCloseAsync());
    }

    public void Dispose() => _factory.Dispose();
}
