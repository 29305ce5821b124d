using System.Net;
using TeamGrains.Gateway.Tests.Infrastructure;

namespace TeamGrains.Gateway.Tests.Http;

/// <summary>/healthz says the process is alive; /readyz also asks storage.</summary>
public sealed class HealthTests : IDisposable
{
    private readonly TransportFactory _factory = new();

    [Fact]
    public async Task ReadyWhileStorageAnswers()
    {
        var client = _factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
    }

    [Fact]
    public async Task NotReadyButAliveWhenStorageIsUnreachable()
    {
        var client = _factory.CreateClient();
        _factory.Storage.Reachable = false;

        var ready = await client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.DoesNotContain("secret.db", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }

    public void Dispose() => _factory.Dispose();
}
