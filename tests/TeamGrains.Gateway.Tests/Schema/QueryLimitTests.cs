using System.Text;
using TeamGrains.Gateway.Tests.Infrastructure;

namespace TeamGrains.Gateway.Tests.Schema;

/// <summary>Depth, alias and size limits (through the engine's validation options) answer LIMIT_EXCEEDED.</summary>
public sealed class QueryLimitTests : IClassFixture<GatewayFactory>
{
    private readonly HttpClient _http;

    public QueryLimitTests(GatewayFactory factory)
    {
        _http = factory.CreateClient();
    }

    [Fact]
    public async Task TooDeepQueriesAreRefused()
    {
        var (alice, _, _, _) = await GatewayClient.SignUpAsync(_http, "alice");
        var query = "{ me { personalOrganization { " + string.Concat(Enumerable.Repeat("parent { ", 20)) + "id" + new string('}', 20) + " } } }";

        var (status, body) = await alice.SendAsync(query);

        Assert.Equal(400, status);
        Assert.Equal("LIMIT_EXCEEDED", body.FirstErrorCode());
        Assert.False(body.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task TooManyAliasesAreRefused()
    {
        var query = new StringBuilder("{ ");
        for (var i = 0; i < 60; i++)
        {
            query.Append("a").Append(i).Append(": __typename ");
        }

        var (status, body) = await new GatewayClient(_http).SendAsync(query.Append('}').ToString());

        Assert.Equal(400, status);
        Assert.Equal("LIMIT_EXCEEDED", body.FirstErrorCode());
    }

    [Fact]
    public async Task InvalidDocumentsAreBadUserInputWithLocations()
    {
        var (status, body) = await new GatewayClient(_http).SendAsync("{ noSuchField }");
        var error = body.GetProperty("errors")[0];

        Assert.Equal(400, status);
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(1, error.GetProperty("locations")[0].GetProperty("line").GetInt32());
    }
}
