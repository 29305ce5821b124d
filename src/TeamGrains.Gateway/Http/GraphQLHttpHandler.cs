using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using TeamGrains.Gateway.Auth;
using TeamGrains.Gateway.Execution;
using TeamGrains.Gateway.RateLimiting;
using TeamGrains.Interfaces;

namespace TeamGrains.Gateway.Http;

/// <summary>
/// GraphQL over HTTP (the GraphQL-over-HTTP draft): POST with application/json, GET with query
/// parameters (queries only: a mutation over GET gets 405), content negotiation between
/// application/graphql-response+json and application/json, and the draft's status codes.
/// </summary>
public sealed class GraphQLHttpHandler(
    IGraphQLService service,
    OperationRunner runner,
    GatewayRateLimiters limiters,
    IOptions<GatewayOptions> options)
{
    public async Task HandleAsync(HttpContext context)
    {
        var http = context.Request;
        if (HttpMethods.IsGet(http.Method) && http.Query.ContainsKey("sdl"))
        {
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(service.Sdl, context.RequestAborted).ConfigureAwait(false);
            return;
        }

        if (HttpMethods.IsGet(http.Method) && !http.Query.ContainsKey("query") && ResponseMediaType.WantsHtml(http))
        {
            await IdePage.WriteAsync(context).ConfigureAwait(false);
            return;
        }

        var mediaType = ResponseMediaType.Negotiate(http);
        if (mediaType is null)
        {
            await WriteTransportErrorAsync(context, ResponseMediaType.Json, new TransportError(
                StatusCodes.Status406NotAcceptable, ErrorCodes.BadUserInput, "Accept application/graphql-response+json or application/json.")).ConfigureAwait(false);
            return;
        }

        var authentication = await context.AuthenticateAsync(CallerClaims.Scheme).ConfigureAwait(false);
        if (authentication.Failure is TeamGrainsException { Code: ErrorCodes.Unavailable } unavailable)
        {
            await WriteTransportErrorAsync(context, mediaType, new TransportError(
                StatusCodes.Status503ServiceUnavailable, ErrorCodes.Unavailable, unavailable.Message)).ConfigureAwait(false);
            return;
        }

        if (authentication.Failure is not null)
        {
            var refused = limiters.TryFailedAuthentication(context.Connection.RemoteIpAddress)
                ? new TransportError(StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated, authentication.Failure.Message)
                : new TransportError(StatusCodes.Status429TooManyRequests, ErrorCodes.LimitExceeded, "Too many refused credentials; retry later.");
            if (refused.Status == StatusCodes.Status401Unauthorized)
            {
                context.Response.Headers.WWWAuthenticate = "Bearer";
            }

            await WriteTransportErrorAsync(context, mediaType, refused).ConfigureAwait(false);
            return;
        }

        var (request, readError) = HttpMethods.IsPost(http.Method)
            ? await GraphQLHttpRequestReader.ReadPostAsync(http, options.Value.MaxRequestBodyBytes).ConfigureAwait(false)
            : GraphQLHttpRequestReader.ReadGet(http);
        if (readError is not null)
        {
            await WriteTransportErrorAsync(context, mediaType, readError).ConfigureAwait(false);
            return;
        }

        request = request! with { RequestId = context.TraceIdentifier };
        var kind = service.GetOperationKind(request);
        if (kind == OperationKind.Mutation && HttpMethods.IsGet(http.Method))
        {
            context.Response.Headers.Allow = "POST";
            await WriteTransportErrorAsync(context, mediaType, new TransportError(
                StatusCodes.Status405MethodNotAllowed, ErrorCodes.BadUserInput, "Mutations are accepted over POST only.")).ConfigureAwait(false);
            return;
        }

        if (kind == OperationKind.Subscription)
        {
            await WriteTransportErrorAsync(context, mediaType, new TransportError(
                StatusCodes.Status400BadRequest, ErrorCodes.BadUserInput, "Subscriptions are served over WebSocket (graphql-transport-ws).")).ConfigureAwait(false);
            return;
        }

        var caller = authentication.Principal?.ToCaller();
        var result = await runner.RunAsync(
            request, kind, caller, context.Connection.RemoteIpAddress,
            http.Headers[ConsistencyTokens.HeaderName].ToString(), context.RequestAborted).ConfigureAwait(false);
        await WriteResultAsync(context, mediaType, StatusFor(result, mediaType), result).ConfigureAwait(false);
    }

    /// <summary>
    /// The draft's status codes: with application/json every GraphQL response is 200; with
    /// application/graphql-response+json a response with data is 200 and one without is 4xx.
    /// </summary>
    private static int StatusFor(GatewayResult result, string mediaType)
    {
        if (result.HttpStatus is { } forced)
        {
            return forced;
        }

        if (result.HasData || mediaType == ResponseMediaType.Json)
        {
            return StatusCodes.Status200OK;
        }

        return (result.Errors.Count > 0 ? result.Errors[0].Code : null) switch
        {
            ErrorCodes.Unauthenticated => StatusCodes.Status401Unauthorized,
            ErrorCodes.Unavailable => StatusCodes.Status503ServiceUnavailable,
            _ => StatusCodes.Status400BadRequest,
        };
    }

    public static Task WriteTransportErrorAsync(HttpContext context, string mediaType, TransportError error) =>
        WriteResultAsync(context, mediaType, error.Status, GatewayResult.RequestError(error.Code, error.Message));

    private static async Task WriteResultAsync(HttpContext context, string mediaType, int status, GatewayResult result)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = mediaType + "; charset=utf-8";
        await using var writer = new Utf8JsonWriter(context.Response.BodyWriter);
        GatewayResultWriter.Write(writer, result, context.TraceIdentifier);
        await writer.FlushAsync(context.RequestAborted).ConfigureAwait(false);
    }
}
