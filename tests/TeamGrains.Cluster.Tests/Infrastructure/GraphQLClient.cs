using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace TeamGrains.Cluster.Tests.Infrastructure;

/// <summary>A front end's GraphQL-over-HTTP client bound to one node, optionally signed in.</summary>
public sealed class GraphQLClient(HttpClient http, string node, string? bearer = null)
{
    public const string TokenHeader = "TeamGrains-Consistency-Token";

    public string Node => node;

    public GraphQLClient As(string? credential) => new(http, node, credential);

    /// <summary>Sends one operation; <paramref name="consistencyToken"/> goes in the request's extensions.</summary>
    public async Task<GraphQLResponse> SendAsync(string query, object? variables = null, string? consistencyToken = null, bool tokenAsHeader = false)
    {
        object? extensions = consistencyToken is null || tokenAsHeader ? null : new { consistencyToken };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables, extensions }) };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (consistencyToken is not null && tokenAsHeader)
        {
            request.Headers.Add(TokenHeader, consistencyToken);
        }

        using var response = await http.SendAsync(request);
        var body = (await response.Content.ReadFromJsonAsync<JsonElement>()).Clone();
        return new GraphQLResponse(response.StatusCode, body);
    }

    /// <summary>The data of an operation that must succeed, with the consistency token it carried (if any).</summary>
    public async Task<(JsonElement Data, string? Token)> DataAsync(string query, object? variables = null, string? consistencyToken = null)
    {
        var response = await SendAsync(query, variables, consistencyToken);
        Assert.True(response.Errors is null, $"{node}: unexpected errors ({(int)response.Status}): {response.Errors}");
        return (response.Body.GetProperty("data"), response.ConsistencyToken);
    }

    /// <summary>Signs a new user up through this node (a development token, TRANSPORT.md).</summary>
    public async Task<TestUser> SignUpAsync(string name)
    {
        var email = $"{name}.{Guid.NewGuid():N}@example.com";
        var (data, _) = await DataAsync(
            "mutation($input: SignUpInput!) { signUp(input: $input) { token user { id personalOrganization { id } } } }",
            new { input = new { email, displayName = name } });
        var signUp = data.GetProperty("signUp");
        var user = signUp.GetProperty("user");
        return new TestUser(
            signUp.GetProperty("token").GetString()!, user.GetProperty("id").GetString()!, email,
            user.GetProperty("personalOrganization").GetProperty("id").GetString()!);
    }

    /// <summary>Asserts <c>/readyz</c> answers 200: the node started and reaches PostgreSQL.</summary>
    public async Task WaitReadyAsync()
    {
        using var response = await http.GetAsync(new Uri("/readyz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
