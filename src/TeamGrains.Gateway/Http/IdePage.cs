namespace TeamGrains.Gateway.Http;

/// <summary>
/// The page a browser gets at <c>/graphql</c>: a small self-contained editor that posts to the endpoint.
/// GraphiQL 4+ ships as ES modules that need a bundler; its 3.x UMD build plus React 18's UMD files
/// would work offline but means committing megabytes of minified third-party code, so we serve this
/// page of our own instead (no CDN, no network: it only talks to the endpoint that served it).
/// </summary>
public static class IdePage
{
    private static readonly Lazy<byte[]> Page = new(() =>
    {
        using var stream = typeof(IdePage).Assembly.GetManifestResourceStream("TeamGrains.Gateway.Http.IdePage.html")
            ?? throw new InvalidOperationException("The IDE page resource is missing.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    public static Task WriteAsync(HttpContext context)
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        // The page runs only its own inline script against this origin.
        context.Response.Headers.ContentSecurityPolicy = "default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'";
        return context.Response.Body.WriteAsync(Page.Value, context.RequestAborted).AsTask();
    }
}
