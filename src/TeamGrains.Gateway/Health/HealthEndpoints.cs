using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace TeamGrains.Gateway.Health;

/// <summary><c>/healthz</c>: the process answers (no checks). <c>/readyz</c>: storage answers too.</summary>
public static class HealthEndpoints
{
    public const string ReadyTag = "ready";

    public static IEndpointRouteBuilder MapGatewayHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return endpoints;
    }
}
