using System.Net;
using TeamGrains.Gateway.Tests.Infrastructure;

namespace TeamGrains.Gateway.Tests.Http;

/// <summary>Request ids on every response and error; nothing internal ever reaches a client.</summary>
public sealed class RequestIdAndErrorTests : IClassFixture<TransportFactory>
{
    private readonly HttpClient _client;

    public RequestIdAndErrorTests(TransportFactory factory)
    {
        _client = factory.CreateClient();
    }

    [Theory]
    [InlineData("/graphql?sdl")]
    [InlineData("/healthz")]
    [InlineData("/no-such-page")]
    public async Task EveryResponseHasARequestId(string path)
    {
        var response = await _client.GetAsync(path);

        Assert.Matches("^[0-9a-f]{32}$", response.Headers.GetValues("X-Request-Id").Single());
    }

    [Fact]
    public async Task AClientRequestIdIsKeptAndQuotedInErrors()
    {
        using var request = GraphQLHttp.Post("{ nosuchfield }");
        request.Headers.Add("X-Request-Id", "client-id-42");
        var response = await _client.SendAsync(request);
        var error = (await response.JsonAsync()).GetProperty("errors")[0];

        Assert.Equal("client-id-42", response.Headers.GetValues("X-Request-Id").Single());
        Assert.Equal("client-id-42", error.GetProperty("extensions").GetProperty("requestId").GetString());
    }

    [Fact]
    public async Task AnUnsafeClientRequestIdIsReplaced()
    {
        using var request = GraphQLHttp.Post("{ __typename }");
        request.Headers.TryAddWithoutValidation("X-Request-Id", "evil\"id<script>");
        var response = await _client.SendAsync(request);

        Assert.Matches("^[0-9a-f]{32}$", response.Headers.GetValues("X-Request-Id").Single());
    }

    [Theory]
    [InlineData("{ boom }", null)]
    [InlineData("{ me }", TestIdentities.FailingSecret)]
    public async Task UnexpectedFailuresShowNoStackTraceSqlOrTypeNames(string query, string? bearer)
    {
        var response = await _client.SendAsync(GraphQLHttp.Post(query, bearer: bearer));
        var text = await response.Content.ReadAsStringAsync();
        var requestId = response.Headers.GetValues("X-Request-Id").Single();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains(requestId, text, StringComparison.Ordinal);
        Assert.Contains("\"code\":\"UNAVAILABLE\"", text, StringComparison.Ordinal);
        foreach (var leak in new[] { "Exception", "   at ", "SELECT", "Npgsql", "TeamGrains.", "secret" })
        {
            Assert.DoesNotContain(leak, text, StringComparison.Ordinal);
        }
    }
}
