using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using TeamGrains.Gateway.Execution;
using TeamGrains.Interfaces;

namespace TeamGrains.Gateway.Http;

/// <summary>
/// Reads the GraphQL-over-HTTP request parameters (query, operationName, variables, extensions) from a
/// POST body (application/json) or a GET query string, refusing malformed requests with 4xx.
/// </summary>
public static class GraphQLHttpRequestReader
{
    public static async Task<(GatewayRequest? Request, TransportError? Error)> ReadPostAsync(HttpRequest request, long maxBodyBytes)
    {
        if (!IsJsonContentType(request.ContentType))
        {
            return Fail(StatusCodes.Status415UnsupportedMediaType, "POST requests must have Content-Type application/json.");
        }

        if (request.ContentLength > maxBodyBytes)
        {
            return TooLarge(maxBodyBytes);
        }

        // Kestrel enforces the limit while streaming bodies without a Content-Length.
        var sizeFeature = request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeFeature is { IsReadOnly: false })
        {
            sizeFeature.MaxRequestBodySize = maxBodyBytes;
        }

        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body, default, request.HttpContext.RequestAborted).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            return Fail(StatusCodes.Status400BadRequest, "The request body is not valid JSON.");
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(maxBodyBytes);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return Fail(StatusCodes.Status400BadRequest, "The request body must be a JSON object.");
            }

            var root = document.RootElement;
            return FromParameters(
                Property(root, "query"),
                Property(root, "operationName"),
                Property(root, "variables"),
                Property(root, "extensions"));
        }
    }

    public static (GatewayRequest? Request, TransportError? Error) ReadGet(HttpRequest request)
    {
        var query = request.Query;
        try
        {
            return FromParameters(
                AsString(query["query"]),
                AsString(query["operationName"]),
                ParseJson(query["variables"]),
                ParseJson(query["extensions"]));
        }
        catch (JsonException)
        {
            return Fail(StatusCodes.Status400BadRequest, "The variables and extensions parameters must be JSON.");
        }
    }

    /// <summary>Checks the four request parameters (also used for graphql-transport-ws subscribe payloads).</summary>
    public static (GatewayRequest? Request, TransportError? Error) FromParameters(JsonElement? query, JsonElement? operationName, JsonElement? variables, JsonElement? extensions)
    {
        if (query is not { ValueKind: JsonValueKind.String })
        {
            return Fail(StatusCodes.Status400BadRequest, "The query parameter must be a string.");
        }

        if (operationName is { ValueKind: not (JsonValueKind.String or JsonValueKind.Null) })
        {
            return Fail(StatusCodes.Status400BadRequest, "The operationName parameter must be a string.");
        }

        if (variables is { ValueKind: not (JsonValueKind.Object or JsonValueKind.Null) })
        {
            return Fail(StatusCodes.Status400BadRequest, "The variables parameter must be a map.");
        }

        if (extensions is { ValueKind: not (JsonValueKind.Object or JsonValueKind.Null) })
        {
            return Fail(StatusCodes.Status400BadRequest, "The extensions parameter must be a map.");
        }

        var request = new GatewayRequest(
            query.Value.GetString()!,
            operationName is { ValueKind: JsonValueKind.String } ? operationName.Value.GetString() : null,
            variables is { ValueKind: JsonValueKind.Object } ? variables.Value.Clone() : null,
            extensions is { ValueKind: JsonValueKind.Object } ? extensions.Value.Clone() : null);
        return (request, null);
    }

    private static bool IsJsonContentType(string? contentType) =>
        contentType is not null
        && Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        && string.Equals(parsed.MediaType.Value, "application/json", StringComparison.OrdinalIgnoreCase)
        && (parsed.Charset.Value is null || string.Equals(parsed.Charset.Value, "utf-8", StringComparison.OrdinalIgnoreCase));

    private static JsonElement? Property(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) ? value : null;

    private static JsonElement? AsString(string? value) =>
        value is null ? null : JsonSerializer.SerializeToElement(value);

    private static JsonElement? ParseJson(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        using var document = JsonDocument.Parse(value);
        return document.RootElement.Clone();
    }

    private static (GatewayRequest?, TransportError?) TooLarge(long maxBodyBytes) =>
        Fail(StatusCodes.Status413PayloadTooLarge, $"The request body exceeds {maxBodyBytes} bytes.", ErrorCodes.LimitExceeded);

    private static (GatewayRequest?, TransportError?) Fail(int status, string message, string code = ErrorCodes.BadUserInput) =>
        (null, new TransportError(status, code, message));
}
