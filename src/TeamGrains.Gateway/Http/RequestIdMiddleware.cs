namespace TeamGrains.Gateway.Http;

/// <summary>
/// Gives every request an id: the client's <c>X-Request-Id</c> when it is a short token, else a new one.
/// It is echoed on the response, used as <see cref="HttpContext.TraceIdentifier"/> (and so in error
/// entries), and put in the logging scope so that every log line of the request carries it.
/// </summary>
public sealed class RequestIdMiddleware(RequestDelegate next, ILogger<RequestIdMiddleware> logger)
{
    public const string HeaderName = "X-Request-Id";
    private const int MaxClientIdLength = 64;

    public async Task InvokeAsync(HttpContext context)
    {
        var requestId = context.Request.Headers[HeaderName].ToString();
        if (!IsAcceptable(requestId))
        {
            requestId = Guid.NewGuid().ToString("N");
        }

        context.TraceIdentifier = requestId;
        context.Response.Headers[HeaderName] = requestId;
        using (logger.BeginScope(new Dictionary<string, object> { ["RequestId"] = requestId }))
        {
            await next(context).ConfigureAwait(false);
        }
    }

    // Echoing arbitrary client text into headers and logs invites injection: accept plain tokens only.
    private static bool IsAcceptable(string value) =>
        value.Length is > 0 and <= MaxClientIdLength && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
