using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using TeamGrains.Interfaces;
using TeamGrains.Silo.Storage;

namespace TeamGrains.Gateway.Execution;

/// <summary>
/// Consistency tokens (TRANSPORT.md; Zanzibar's zookie): a token names a change-log position. A
/// mutation's token covers the mutation's own commits and everything its client could have seen before
/// them; a request carrying a token waits (bounded) until this node has applied it.
/// </summary>
public sealed class ConsistencyTokens(IChangeFeed changeFeed, IOptions<GatewayOptions> options)
{
    public const string HeaderName = "TeamGrains-Consistency-Token";
    public const string ExtensionName = "consistencyToken";
    private const string Prefix = "ct1_";

    /// <summary>
    /// The token of a mutation that ran inside <paramref name="commits"/>. When it committed, the token
    /// is the highest position it committed (or this node's applied position when that is further),
    /// with no database round trip (docs/scale-out.md, "How a token is made").
    /// </summary>
    /// <remarks>
    /// Why its own position suffices: positions are <c>xid * 65536 + ordinal</c>, and a node honours
    /// token T once every transaction with an xid up to T / 65536 has finished. Whatever the client
    /// could have seen before it sent the mutation (its earlier writes and reads) and the state the
    /// mutation decided on were committed before the mutation's first write took its xid, so by
    /// transactions with lower xids. A later write of the same operation starts after an earlier one
    /// committed, so it has the higher xid, and the maximum covers them all. (SQLite has one writer and
    /// numbers rows in commit order, so the same holds.) A mutation that committed nothing (a role
    /// change to the same role) has no position of its own: it reads the change log's head
    /// (<see cref="IChangeFeed.ReadHeadAsync"/>), which covers every commit that finished before the
    /// read, including the state it decided on.
    /// </remarks>
    public ValueTask<string> AfterWriteAsync(CommitScope commits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commits);
        return commits.HighestPosition is { } committed
            ? ValueTask.FromResult(Format(Math.Max(changeFeed.AppliedPosition, committed)))
            : new ValueTask<string>(AfterHeadReadAsync(cancellationToken));
    }

    /// <summary>
    /// A token covering every commit that finished before this call: this node's applied position, or
    /// the change log's head when that is further. The applied position alone can stay below a commit
    /// while transactions that started earlier (on any node) still run.
    /// </summary>
    private async Task<string> AfterHeadReadAsync(CancellationToken cancellationToken)
    {
        var applied = changeFeed.AppliedPosition;
        var head = await changeFeed.ReadHeadAsync(cancellationToken).ConfigureAwait(false);
        return Format(Math.Max(applied, head));
    }

    private static string Format(long position) => Prefix + position.ToString(CultureInfo.InvariantCulture);

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
