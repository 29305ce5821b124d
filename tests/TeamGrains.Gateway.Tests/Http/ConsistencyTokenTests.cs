using System.Net;
using TeamGrains.Gateway.Tests.Infrastructure;

namespace TeamGrains.Gateway.Tests.Http;

/// <summary>Mutations hand out consistency tokens; requests carrying one wait until this node has caught up.</summary>
public sealed class ConsistencyTokenTests : IDisposable
{
    private readonly TransportFactory _factory = new();

    [Fact]
    public async Task MutationsAnswerWithTheAppliedPosition()
    {
        _factory.ChangeFeed.Advance(41);

        var body = await (await _factory.CreateClient().SendAsync(GraphQLHttp.Post("mutation { bump }"))).JsonAsync();

        Assert.Equal("ct1_41", body.GetProperty("extensions").GetProperty("consistencyToken").GetString());
    }

    [Fact]
    public async Task AMutationTokenCoversCommitsThisNodeHasNotAppliedYet()
    {
        _factory.ChangeFeed.Advance(41);
        _factory.ChangeFeed.SetHead(57);

        var body = await (await _factory.CreateClient().SendAsync(GraphQLHttp.Post("mutation { bump }"))).JsonAsync();

        Assert.Equal("ct1_57", body.GetProperty("extensions").GetProperty("consistencyToken").GetString());
    }

    [Fact]
    public async Task QueriesCarryNoToken()
    {
        var body = await (await _factory.CreateClient().SendAsync(GraphQLHttp.Post("{ __typename }"))).JsonAsync();

        Assert.False(body.TryGetProperty("extensions", out _));
    }

    [Fact]
    public async Task ARequestWithAFutureTokenWaitsForTheFeed()
    {
        _factory.ChangeFeed.Advance(5);
        var client = _factory.CreateClient();

        var pending = client.SendAsync(GraphQLHttp.Post("{ __typename }", extensions: new { consistencyToken = "ct1_7" }));
        Assert.False(pending.IsCompleted);
        _factory.ChangeFeed.Advance(7);
        var response = await pending;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task TheTokenMayComeAsAHeader()
    {
        _factory.ChangeFeed.Advance(5);
        using var request = GraphQLHttp.Post("{ __typename }");
        request.Headers.Add("TeamGrains-Consistency-Token", "ct1_9");

        var pending = _factory.CreateClient().SendAsync(request);
        Assert.False(pending.IsCompleted);
        _factory.ChangeFeed.Advance(9);

        Assert.Equal(HttpStatusCode.OK, (await pending).StatusCode);
    }

    [Fact]
    public async Task AMalformedTokenIsBadUserInput()
    {
        var response = await _factory.CreateClient().SendAsync(GraphQLHttp.Post("{ __typename }", extensions: new { consistencyToken = "yesterday" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BAD_USER_INPUT", (await response.JsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task ATokenTheNodeNeverReachesGets503Unavailable()
    {
        using var factory = new TransportFactory(new Dictionary<string, string?> { ["Gateway:ConsistencyWait"] = "00:00:00.050" });

        var response = await factory.CreateClient().SendAsync(GraphQLHttp.Post("{ __typename }", extensions: new { consistencyToken = "ct1_1000" }));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("UNAVAILABLE", (await response.JsonAsync()).FirstErrorCode());
    }

    public void Dispose() => _factory.Dispose();
}
