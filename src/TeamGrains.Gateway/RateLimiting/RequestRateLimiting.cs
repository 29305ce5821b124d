using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using TeamGrains.Gateway.Auth;
using TeamGrains.Gateway.Execution;
using TeamGrains.Gateway.Http;
using TeamGrains.Interfaces;

namespace TeamGrains.Gateway.RateLimiting;

/// <summary>The global per-request limiter: a token bucket per credential, or per client address when anonymous.</summary>
public static class RequestRateLimiting
{
    public static Action<RateLimiterOptions> Configure(IConfiguration configuration) => options =>
    {
        var limits = configuration.GetSection(RateLimitOptions.SectionName).Get<RateLimitOptions>() ?? new RateLimitOptions();
        options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            var key = context.User.CredentialPartition() ?? GatewayRateLimiters.ClientKey(context.Connection.RemoteIpAddress);
            return RateLimitPartition.GetTokenBucketLimiter(key, _ => GatewayRateLimiters.Bucket(limits.RequestsPerSecond, limits.SecondWindow));
        });
        options.OnRejected = (rejected, cancellationToken) =>
        {
            var context = rejected.HttpContext;
            context.Response.Headers.RetryAfter = "1";
            return new ValueTask(GraphQLHttpHandler.WriteTransportErrorAsync(
                context,
                ResponseMediaType.Negotiate(context.Request) ?? ResponseMediaType.Json,
                new TransportError(StatusCodes.Status429TooManyRequests, ErrorCodes.LimitExceeded, "Too many requests; slow down and retry.")));
        };
    };
}
