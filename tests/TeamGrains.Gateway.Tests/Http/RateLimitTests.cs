using System.Net;
using TeamGrains.Gateway.RateLimiting;
using TeamGrains.Gateway.Tests.Infrastructure;

namespace TeamGrains.Gateway.Tests.Http;

/// <summary>Budgets per credential: spent budgets get 429 with LIMIT_EXCEEDED; defaults stay generous for queries.</summary>
public sealed class RateLimitTests
{
    [Fact]
    public void DefaultQueryBudgetIsAtLeastTenThousandPerSecond()
    {
        var defaults = new RateLimitOptions();

        Assert.True(defaults.RequestsPerSecond >= 10_000);
        Assert.True(defaults.MutationsPerSecond < defaults.RequestsPerSecond);
        Assert.True(defaults.SignUpsPerMinute < defaults.RequestsPerSecond);
    }

    [Fact]
    public async Task SpentRequestBudgetGets429()
    {
        using var factory = new TransportFactory(new Dictionary<string, string?> { ["RateLimits:RequestsPerSecond"] = "3", ["RateLimits:SecondWindow"] = "01:00:00" });
        var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await client.SendAsync(GraphQLHttp.Post("{ __typename }"))).StatusCode);
        }

        var limited = await client.SendAsync(GraphQLHttp.Post("{ __typename }"));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("LIMIT_EXCEEDED", (await limited.JsonAsync()).FirstErrorCode());
        Assert.Equal(3, statuses.Count(s => s == HttpStatusCode.OK));
    }

    [Fact]
    public async Task HealthProbesAreNeverLimited()
    {
        using var factory = new TransportFactory(new Dictionary<string, string?> { ["RateLimits:RequestsPerSecond"] = "1", ["RateLimits:SecondWindow"] = "01:00:00" });
        var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await client.GetAsync("/healthz")).StatusCode);
        }

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
    }

    [Fact]
    public async Task MutationsHaveTheirOwnLowerBudget()
    {
        using var factory = new TransportFactory(new Dictionary<string, string?> { ["RateLimits:SignUpsPerMinute"] = "2" });
        var client = factory.CreateClient();

        var first = await client.SendAsync(GraphQLHttp.Post("mutation { bump }"));
        await client.SendAsync(GraphQLHttp.Post("mutation { bump }"));
        var third = await client.SendAsync(GraphQLHttp.Post("mutation { bump }"));
        var query = await client.SendAsync(GraphQLHttp.Post("{ __typename }"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal("LIMIT_EXCEEDED", (await third.JsonAsync()).FirstErrorCode());
        Assert.Equal(HttpStatusCode.OK, query.StatusCode);
    }

    [Fact]
    public async Task RepeatedFailedAuthenticationsGet429()
    {
        using var factory = new TransportFactory(new Dictionary<string, string?> { ["RateLimits:FailedAuthenticationsPerMinute"] = "2" });
        var client = factory.CreateClient();

        await client.SendAsync(GraphQLHttp.Post("{ me }", bearer: "bad"));
        var second = await client.SendAsync(GraphQLHttp.Post("{ me }", bearer: "bad"));
        var third = await client.SendAsync(GraphQLHttp.Post("{ me }", bearer: "bad"));

        Assert.Equal(HttpStatusCode.Unauthorized, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
    }
}
