using System.Net;
using System.Text;
using TeamGrains.Gateway.Tests.Infrastructure;

namespace TeamGrains.Gateway.Tests.Http;

/// <summary>GraphQL over HTTP (the GraphQL-over-HTTP draft): methods, media types, status codes.</summary>
public sealed class GraphQLOverHttpTests : IClassFixture<TransportFactory>
{
    private readonly HttpClient _client;

    public GraphQLOverHttpTests(TransportFactory factory)
    {
        _client = factory.CreateClient();
    }

    [Theory]
    [InlineData("application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/json", "application/json")]
    [InlineData("*/*", "application/json")]
    public async Task PostAnswersInTheAcceptedMediaType(string accept, string expected)
    {
        var response = await _client.SendAsync(GraphQLHttp.Post("{ __typename }", accept));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal("Query", (await response.JsonAsync()).GetProperty("data").GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task PostWithoutAcceptAnswersApplicationJson()
    {
        var response = await _client.PostAsync("/graphql", new StringContent("{\"query\":\"{ __typename }\"}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task UnacceptableMediaTypeGets406()
    {
        var response = await _client.SendAsync(GraphQLHttp.Post("{ __typename }", "text/csv"));

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [Fact]
    public async Task GetRunsQueriesFromTheQueryString()
    {
        var response = await _client.GetAsync("/graphql?query=" + Uri.EscapeDataString("query Q { __typename }") + "&operationName=Q&variables=%7B%7D");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Query", (await response.JsonAsync()).GetProperty("data").GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task MutationOverGetIsRefusedWith405()
    {
        var response = await _client.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { bump }"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task PostWithoutJsonContentTypeGets415()
    {
        var response = await _client.PostAsync("/graphql", new StringContent("{\"query\":\"{ __typename }\"}", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Theory]
    [InlineData("{ \"not a JSON")]
    [InlineData("[1, 2]")]
    [InlineData("{\"qeury\": \"{ __typename }\"}")]
    [InlineData("{\"query\": 0}")]
    [InlineData("{\"query\": \"{ __typename }\", \"variables\": \"string\"}")]
    [InlineData("{\"query\": \"{ __typename }\", \"extensions\": [1]}")]
    [InlineData("{\"query\": \"{ __typename }\", \"operationName\": false}")]
    public async Task MalformedRequestsGet400(string body)
    {
        var response = await _client.PostAsync("/graphql", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BAD_USER_INPUT", (await response.JsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task DocumentErrorsAre400WithoutDataForGraphQLResponseJson()
    {
        var response = await _client.SendAsync(GraphQLHttp.Post("{"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False((await response.JsonAsync()).TryGetProperty("data", out _));
    }

    [Fact]
    public async Task DocumentErrorsAre200ForApplicationJson()
    {
        var response = await _client.SendAsync(GraphQLHttp.Post("{ nosuchfield }", "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("BAD_USER_INPUT", (await response.JsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task OversizedBodyGets413WithLimitExceeded()
    {
        var query = "{ __typename }" + new string(' ', 300 * 1024);
        var response = await _client.SendAsync(GraphQLHttp.Post(query));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("LIMIT_EXCEEDED", (await response.JsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task SdlIsServedAsPlainText()
    {
        var response = await _client.GetAsync("/graphql?sdl");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(TinyTestSchemaService.Sdl, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task BrowsersGetTheOfflineIdePage()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml");
        var response = await _client.SendAsync(request);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<title>TeamGrains GraphQL</title>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubscriptionsOverHttpAreRefused()
    {
        var response = await _client.SendAsync(GraphQLHttp.Post("subscription { ticks }"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task OtherMethodsGet405()
    {
        var response = await _client.PutAsync("/graphql", new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
