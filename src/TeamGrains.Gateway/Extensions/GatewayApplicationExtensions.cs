using System.Text.Json;
using Microsoft.Extensions.Options;
using TeamGrains.Gateway.Execution;
using TeamGrains.Gateway.Health;
using TeamGrains.Gateway.Http;
using TeamGrains.Gateway.WebSockets;
using TeamGrains.Interfaces;

namespace TeamGrains.Gateway.Extensions;

/// <summary>The gateway's request pipeline and endpoints.</summary>
public static class GatewayApplicationExtensions
{
    public static WebApplication UseGatewayPipeline(this WebApplication app)
    {
        app.UseMiddleware<RequestIdMiddleware>();
        // Registered after the developer exception page (added in Development), so it runs first:
        // clients never see stack traces, in any environment.
        app.UseExceptionHandler(failed => failed.Run(WriteUnexpectedErrorAsync));
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = app.Services.GetRequiredService<IOptions<GatewayOptions>>().Value.WebSocket.KeepAliveInterval });
        app.UseAuthentication();
        app.UseRateLimiter();
        return app;
    }

    public static WebApplication MapGateway(this WebApplication app)
    {
        app.MapGatewayHealth();
        app.MapBareBenchEndpoints();
        app.MapMethods("/graphql", [HttpMethods.Get, HttpMethods.Post], (HttpContext context) =>
            context.WebSockets.IsWebSocketRequest
                ? context.RequestServices.GetRequiredService<GraphQLWebSocketHandler>().HandleAsync(context)
                : context.RequestServices.GetRequiredService<GraphQLHttpHandler>().HandleAsync(context));
        return app;
    }

    private static async Task WriteUnexpectedErrorAsync(HttpContext context)
    {
        // The exception handler cleared the response headers: put the request id back.
        context.Response.Headers[RequestIdMiddleware.HeaderName] = context.TraceIdentifier;
        context.Response.StatusCode = StatusCodes.Status500InternalServerError;
        context.Response.ContentType = ResponseMediaType.Json + "; charset=utf-8";
        await using var writer = new Utf8JsonWriter(context.Response.Body);
        GatewayResultWriter.Write(writer, GatewayResult.RequestError(ErrorCodes.Unavailable, "The request could not be completed; retry later."), context.TraceIdentifier);
        await writer.FlushAsync(context.RequestAborted).ConfigureAwait(false);
    }
}
