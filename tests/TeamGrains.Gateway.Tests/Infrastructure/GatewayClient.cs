using System.Net.Http.Json;
using System.Text.Json;

namespace TeamGrains.Gateway.Tests.Infrastructure;

/// <summary>A signed-in (or anonymous) GraphQL client for end-to-end tests.</summary>
public sealed class GatewayClient(HttpClient http, string? token = null)
{
    public string? Token { get; } = token;

    public async Task<(int Status, JsonElement Body)> SendAsync(string query, object? variables = null, object? extensions = null, IDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables, extensions }) };
        request.Headers.Accept.ParseAdd(GraphQLHttp.GraphQLResponse);
        if (Token is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Token);
        }

        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.Add(name, value);
        }

        var response = await http.SendAsync(request);
        return ((int)response.StatusCode, await response.JsonAsync());
    }

    /// <summary>The data of a request that must succeed.</summary>
    public async Task<JsonElement> DataAsync(string query, object? variables = null)
    {
        var (status, body) = await SendAsync(query, variables);
        Assert.False(body.TryGetProperty("errors", out var errors), $"Unexpected errors ({status}): {errors}");
        return body.GetProperty("data");
    }

    /// <summary>The first error of a request that must fail.</summary>
    public async Task<JsonElement> ErrorAsync(string query, object? variables = null)
    {
        var (_, body) = await SendAsync(query, variables);
        Assert.True(body.TryGetProperty("errors", out var errors), $"Expected an error, got {body}");
        return errors[0];
    }

    public static async Task<(GatewayClient Client, string UserId, string Email, string PersonalOrganizationId)> SignUpAsync(HttpClient http, string name)
    {
        var email = $"{name}.{Guid.NewGuid():N}@example.com";
        var data = await new GatewayClient(http).DataAsync(
            "mutation($input: SignUpInput!) { signUp(input: $input) { token user { id email personalOrganization { id } } } }",
            new { input = new { email, displayName = name } });
        var signUp = data.GetProperty("signUp");
        var user = signUp.GetProperty("user");
        return (new GatewayClient(http, signUp.GetProperty("token").GetString()), user.GetProperty("id").GetString()!,
            user.GetProperty("email").GetString()!, user.GetProperty("personalOrganization").GetProperty("id").GetString()!);
    }
}
