using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using TeamGrains.Interfaces;
using TeamGrains.Silo.Storage;

namespace TeamGrains.Gateway.Execution;

/// <summary>
/// Consistency tokens (TRANSPORT.md; Zanzibar's zookie): a token names a change-log position. A
/// mutation's token is the position this node has applied once the mutation returned, which includes
/// the mutation's own commit; a request carrying a token waits (bounded) until this node has applied it.
/// </summary>
public sealed class ConsistencyTokens(IChangeFeed changeFeed, IOptions<GatewayOptions> options)
{
    public const string HeaderName = "TeamGrains-Consistency-Token";
    public const string ExtensionName = "consistencyToken";
    private const string Prefix = "ct1_";

    /// <summary>
    /// A token covering every commit that finished before this call: this node's applied position, or
    /// the change log's head (<see cref="IChangeFeed.ReadHeadAsync"/>) when that is further. The applied
    /// position alone can stay below a local commit while transactions that started earlier (on any
    /// node) still run, and a token must never be older than the write it answers.
    /// </summary>
    public async Task<string> AfterWriteAsync(CancellationToken cancellationToken)
    {
        var applied = changeFeed.AppliedPosition;
        var head = await changeFeed.ReadHeadAsync(cancellationToken).ConfigureAwait(false);
        return Prefix + Math.Max(applied, head).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The token a request carries in its extensions, else in the header; null when none.</summary>
    public static string? FromRequest(GatewayRequest request, string? header)
    {
        if (request.Extensions is { ValueKind: JsonValueKind.Object } extensions
            && extensions.TryGetProperty(ExtensionName, out var token)
            && token.ValueKind == JsonValueKind.String)
        {
            return token.GetString();
        }

        return string.IsNullOrEmpty(header) ? null : header;
    }

    /// <summary>Waits until this node has applied <paramref name="token"/>; an error when it is malformed or the wait times out.</summary>
    public async Task<GatewayResult?> WaitAsync(string? token, CancellationToken cancellationToken)
    {
        if (token is null)
        {
            return null;
        }

        if (!token.StartsWith(Prefix, StringComparison.Ordinal)
            || !long.TryParse(token.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var position))
        {
            return GatewayResult.RequestError(ErrorCodes.BadUserInput, "The consistency token is not valid.");
        }

        if (changeFeed.AppliedPosition >= position)
        {
            return null;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.ConsistencyWait);
        try
        {
            await changeFeed.WaitForAsync(position, timeout.Token).ConfigureAwait(false);
            return null;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return GatewayResult.RequestError(ErrorCodes.Unavailable, "This node has not caught up with the consistency token yet; retry.", StatusCodes.Status503ServiceUnavailable);
        }
    }
}
