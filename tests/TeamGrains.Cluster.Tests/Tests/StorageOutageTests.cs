using System.Net;
using System.Net.WebSockets;
using System.Text;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TeamGrains.Cluster.Tests.Infrastructure;
using TeamGrains.Gateway.Auth;

namespace TeamGrains.Cluster.Tests.Tests;

/// <summary>
/// While a node cannot reach PostgreSQL (it restarts), a credential that cannot be checked is "retry
/// later", never "your credential is bad": a client told UNAUTHENTICATED would sign its user out.
/// </summary>
public sealed class StorageOutageTests : IAsyncLifetime
{
    private TestCluster _cluster = null!;
    private ClusterNode _outage = null!;

    [PostgresFact]
    public async Task AnHttpRequestWhoseCredentialCannotBeCheckedIsUnavailable()
    {
        var alice = await _cluster[0].Client().SignUpAsync("alice");

        var response = await _outage.Client(alice.Token).SendAsync("{ me { id } }");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.Status);
        Assert.Equal("UNAVAILABLE", response.FirstErrorCode);
    }

    [PostgresFact]
    public async Task AWebSocketWhoseCredentialCannotBeCheckedClosesWithTryAgainLater()
    {
        var alice = await _cluster[0].Client().SignUpAsync("alice");
        var client = _outage.Server.CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        using var socket = await client.ConnectAsync(new Uri(_outage.Server.BaseAddress, "graphql"), CancellationToken.None);
        var init = $"{{\"type\":\"connection_init\",\"payload\":{{\"authorization\":\"Bearer {alice.Token}\"}}}}";
        await socket.SendAsync(Encoding.UTF8.GetBytes(init), WebSocketMessageType.Text, true, CancellationToken.None);

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30)); // a safety net for a hung test only
        var result = await socket.ReceiveAsync(new byte[4096], timeout.Token);

        Assert.Equal(WebSocketMessageType.Close, result.MessageType);
        Assert.Equal(1013, (int)result.CloseStatus!.Value);
    }

    public async Task InitializeAsync()
    {
        _cluster = await TestCluster.StartAsync(nodes: 1);
        _outage = _cluster.CreateFaultyNode("outage", services => services.Replace(ServiceDescriptor.Singleton<IUserResolver, UnreachableUserResolver>()));
    }

    public async Task DisposeAsync()
    {
        await _outage.DisposeAsync();
        await _cluster.DisposeAsync();
    }
}
