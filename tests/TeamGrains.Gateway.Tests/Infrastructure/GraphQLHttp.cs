using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace TeamGrains.Gateway.Tests.Infrastructure;

/// <summary>Small helpers to send GraphQL requests and read answers in tests.</summary>
public static class GraphQLHttp
{
    public const string GraphQLResponse = "application/graphql-response+json";

    public static HttpRequestMessage Post(string query, string accept = GraphQLResponse, string? bearer = null, object? extensions = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query, extensions }),
        };
        request.Headers.Accept.ParseAdd(accept);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return request;
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).Clone();

    public static string FirstErrorCode(this JsonElement body) =>
        body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString()!;
}
