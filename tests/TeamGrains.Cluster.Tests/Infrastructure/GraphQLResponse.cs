using System.Net;
using System.Text.Json;

namespace TeamGrains.Cluster.Tests.Infrastructure;

/// <summary>An HTTP status with the GraphQL response body.</summary>
public sealed record GraphQLResponse(HttpStatusCode Status, JsonElement Body)
{
    public JsonElement? Errors => Body.TryGetProperty("errors", out var errors) ? errors : null;

    public string? FirstErrorCode => Errors is { } errors ? errors[0].GetProperty("extensions").GetProperty("code").GetString() : null;

    public string? ConsistencyToken =>
        Body.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("consistencyToken", out var token)
            ? token.GetString()
            : null;
}
