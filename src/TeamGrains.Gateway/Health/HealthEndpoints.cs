using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace TeamGrains.Gateway.Health;

/// <summary><c>/healthz</c>: the process answers (no checks). <c>/readyz</c>: storage answers too.</summary>
public static class HealthEndpoints
{
    public const string ReadyTag = "ready";

    public static IEndpointRouteBuilder MapGatewayHealth(this IEndpointRouteBuilder endpoints)
    {
        // Probes come from the orchestrator, not from clients: never rate limited.
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false }).DisableRateLimiting();
        endpoints.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) }).DisableRateLimiting();
        return endpoints;
    }
}
