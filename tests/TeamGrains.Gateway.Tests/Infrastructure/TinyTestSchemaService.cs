using System.Runtime.CompilerServices;
using System.Text.Json;
using TeamGrains.Gateway.Execution;

namespace TeamGrains.Gateway.Tests.Infrastructure;

/// <summary>
/// A stand-in for the GraphQL engine in transport tests: it understands a handful of fixed documents,
/// enough to drive every transport path (data, request errors, mutations, streams, failures).
/// </summary>
public sealed class TinyTestSchemaService : IGraphQLService
{
    public const string Sdl = "type Query { __typename: String! me: String }\ntype Mutation { bump: Int! }\ntype Subscription { ticks: Int! forever: Int! gated: Int! }\n";
    private readonly System.Threading.Channels.Channel<int> _gated = System.Threading.Channels.Channel.CreateUnbounded<int>();
    private int _bumps;

    /// <summary>Makes the open <c>gated</c> subscription yield <paramref name="value"/> (one subscriber at a time).</summary>
    public void Emit(int value) => _gated.Writer.TryWrite(value);

    string IGraphQLService.Sdl => Sdl;

    public OperationKind? GetOperationKind(GatewayRequest request)
    {
        var text = request.Query.TrimStart();
        if (text.Count(c => c == '{') != text.Count(c => c == '}'))
        {
            return null;
        }

        return text.StartsWith("mutation", StringComparison.Ordinal) ? OperationKind.Mutation
            : text.StartsWith("subscription", StringComparison.Ordinal) ? OperationKind.Subscription
            : OperationKind.Query;
    }

    public Task<GatewayResult> ExecuteAsync(GatewayRequest request, GatewayCaller? caller, CancellationToken cancellationToken)
    {
        if (GetOperationKind(request) is null)
        {
            return Task.FromResult(GatewayResult.RequestError("BAD_USER_INPUT", "Syntax Error: Expected Name, found <EOF>."));
        }

        if (request.Query.Contains("boom", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("Npgsql.PostgresException: SELECT secret FROM users WHERE id = 1");
        }

        if (request.Query.Contains("nosuchfield", StringComparison.Ordinal))
        {
            return Task.FromResult(GatewayResult.RequestError("BAD_USER_INPUT", "Cannot query field \"nosuchfield\" on type \"Query\"."));
        }

        if (request.Query.Contains("bump", StringComparison.Ordinal))
        {
            var value = Interlocked.Increment(ref _bumps);
            return Task.FromResult(Data(w => w.WriteNumber("bump", value)));
        }

        if (System.Text.RegularExpressions.Regex.IsMatch(request.Query, @"\bme\b"))
        {
            return Task.FromResult(Data(w => w.WriteString("me", caller?.UserId)));
        }

        return Task.FromResult(Data(w => w.WriteString("__typename", "Query")));
    }

    public Task<GatewaySubscription> SubscribeAsync(GatewayRequest request, GatewayCaller? caller, CancellationToken cancellationToken)
    {
        if (request.Query.Contains("nosuchfield", StringComparison.Ordinal))
        {
            return Task.FromResult(GatewaySubscription.Failed(GatewayResult.RequestError("BAD_USER_INPUT", "Cannot query field \"nosuchfield\" on type \"Subscription\".")));
        }

        var events = request.Query.Contains("forever", StringComparison.Ordinal) ? ForeverAsync(cancellationToken)
            : request.Query.Contains("gated", StringComparison.Ordinal) ? GatedAsync(cancellationToken)
            : TicksAsync();
        return Task.FromResult(GatewaySubscription.Streaming(events));
    }

    private static async IAsyncEnumerable<GatewayResult> TicksAsync()
    {
        for (var i = 1; i <= 3; i++)
        {
            await Task.Yield();
            var tick = i;
            yield return Data(w => w.WriteNumber("ticks", tick));
        }
    }

    private async IAsyncEnumerable<GatewayResult> GatedAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var value in _gated.Reader.ReadAllAsync(cancellationToken))
        {
            yield return Data(w => w.WriteNumber("gated", value));
        }
    }

    private static async IAsyncEnumerable<GatewayResult> ForeverAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.Delay(Timeout.Infinite, cancellationToken);
        yield break;
    }

    private static GatewayResult Data(Action<Utf8JsonWriter> fields) => new(
        w =>
        {
            w.WriteStartObject();
            fields(w);
            w.WriteEndObject();
        },
        []);
}
