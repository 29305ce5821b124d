using Dapper;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using TeamGrains.Silo.Storage;

namespace TeamGrains.Gateway.Health;

/// <summary>Readiness: the silo's storage answers a trivial query (TRANSPORT.md: <c>/readyz</c>, storage reachable).</summary>
public sealed class StorageHealthCheck(IServiceProvider services) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var storage = services.GetRequiredService<IStorage>();
            var one = await storage.ReadAsync(
                (tx, ct) => tx.Connection.ExecuteScalarAsync<int>(new CommandDefinition("SELECT 1", transaction: tx.Transaction, cancellationToken: ct)),
                cancellationToken).ConfigureAwait(false);
            return one == 1 ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("Storage gave an unexpected answer.");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The health endpoint shows only the status; the exception goes to the log.
            return HealthCheckResult.Unhealthy("Storage is not reachable.", e);
        }
    }
}
