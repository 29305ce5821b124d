namespace TeamGrains.Gateway.Extensions;

/// <summary>Structured logs: JSON lines with scopes, so every line of a request carries its RequestId.</summary>
public static class GatewayLoggingExtensions
{
    public static IHostApplicationBuilder AddGatewayLogging(this IHostApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole(options =>
        {
            options.IncludeScopes = true;
            options.UseUtcTimestamp = true;
            options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
        });
        return builder;
    }
}
