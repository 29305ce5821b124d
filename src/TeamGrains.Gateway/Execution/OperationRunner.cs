using System.Net;
using TeamGrains.Gateway.RateLimiting;
using TeamGrains.Interfaces;
using TeamGrains.Silo.Storage;

namespace TeamGrains.Gateway.Execution;

/// <summary>
/// Runs one query or mutation for either transport: charges mutations to their budget, honours a
/// consistency token, executes, and gives a mutation's answer the token of its commit.
/// </summary>
public sealed class OperationRunner(IGraphQLService service, ConsistencyTokens consistency, GatewayRateLimiters limiters)
{
    public async Task<GatewayResult> RunAsync(
        GatewayRequest request,
        OperationKind? kind,
        GatewayCaller? caller,
        IPAddress? client,
        string? consistencyHeader,
        CancellationToken cancellationToken)
    {
        if (kind == OperationKind.Mutation && !limiters.TryMutation(caller?.CredentialId, client))
        {
            return GatewayResult.RequestError(ErrorCodes.LimitExceeded, "Too many mutations; slow down and retry.", StatusCodes.Status429TooManyRequests);
        }

        var waitError = await consistency.WaitAsync(ConsistencyTokens.FromRequest(request, consistencyHeader), cancellationToken).ConfigureAwait(false);
        if (waitError is not null)
        {
            return waitError;
        }

        // Every commit of the operation (grain calls included) records its position here, which is
        // what makes a mutation's token free of a database round trip.
        using var commits = kind == OperationKind.Mutation ? CommitScope.Begin() : null;
        var result = await service.ExecuteAsync(request, caller, cancellationToken).ConfigureAwait(false);
        if (commits is not null && result.HasData)
        {
            try
            {
                result.Extensions[ConsistencyTokens.ExtensionName] = await consistency.AfterWriteAsync(commits, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is System.Data.Common.DbException or TeamGrainsException or TimeoutException)
            {
                // Only a mutation that committed nothing reads the head. Storage went away before that
                // read (PostgreSQL restarting): the answer cannot carry a token that covers what the
                // mutation decided on, so it must not look like a success; a clean UNAVAILABLE, never a 500.
                return GatewayResult.RequestError(
                    ErrorCodes.Unavailable, "The change may have been saved, but this node cannot confirm it now; read it back before retrying.", StatusCodes.Status503ServiceUnavailable);
            }
        }

        return result;
    }
}
