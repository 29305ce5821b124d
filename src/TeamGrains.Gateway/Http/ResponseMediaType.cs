using Microsoft.Net.Http.Headers;

namespace TeamGrains.Gateway.Http;

/// <summary>
/// Content negotiation of GraphQL-over-HTTP §"Accept": application/graphql-response+json when the client
/// accepts it, else application/json (also for */* and a missing Accept header); null means 406.
/// </summary>
public static class ResponseMediaType
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    public static string? Negotiate(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (accept.Count == 0)
        {
            return Json;
        }

        string? chosen = null;
        double best = 0;
        foreach (var entry in accept.OrderByDescending(a => a.Quality ?? 1))
        {
            var quality = entry.Quality ?? 1;
            if (quality <= 0 || quality < best)
            {
                continue;
            }

            var type = entry.MediaType.Value;
            if (string.Equals(type, GraphQLResponse, StringComparison.OrdinalIgnoreCase))
            {
                return GraphQLResponse;
            }

            if (chosen is null && (string.Equals(type, Json, StringComparison.OrdinalIgnoreCase) || type is "*/*" or "application/*"))
            {
                chosen = Json;
                best = quality;
            }
        }

        return chosen;
    }

    /// <summary>Whether a browser is asking for a page (Accept lists text/html) rather than a GraphQL answer.</summary>
    public static bool WantsHtml(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => string.Equals(a.MediaType.Value, "text/html", StringComparison.OrdinalIgnoreCase));

    public static MediaTypeHeaderValue WithCharset(string mediaType) => new(mediaType) { Charset = "utf-8" };
}
