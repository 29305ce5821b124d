using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using TeamGrains.Gateway.Auth;
using TeamGrains.Gateway.Schema;
using TeamGrains.GraphQL;
using TeamGrains.GraphQL.Validation;
using TeamGrains.Interfaces;
using TeamGrains.Interfaces.Runtime;
using TeamGrains.Silo.Grains.Invitations;

namespace TeamGrains.Gateway.Execution;

/// <summary>
/// The GraphQL engine with the contract schema bound to grains, behind the transports' seam: builds
/// each request's context (caller, grains), runs it, and turns engine results into gateway results
/// whose errors carry contract codes only.
/// </summary>
public sealed partial class EngineGraphQLService : IGraphQLService
{
    private readonly GraphQLExecutor _executor;
    private readonly OperationKinds _operationKinds;
    private readonly IGrainFactory _grains;
    private readonly DevelopmentTokenService _developmentTokens;
    private readonly InvitationEvents _invitationEvents;
    private readonly IServiceProvider _services;

    public EngineGraphQLService(
        IOptions<GatewayOptions> options,
        IGrainFactory grains,
        DevelopmentTokenService developmentTokens,
        InvitationEvents invitationEvents,
        IServiceProvider services,
        ILogger<EngineGraphQLService> logger)
    {
        var limits = options.Value;
        var executionOptions = new ExecutionOptions
        {
            Validation = new ValidationOptions { MaxDepth = limits.MaxQueryDepth, MaxAliases = limits.MaxAliases, MaxFieldCount = limits.MaxQueryCost },
            // Grains report failures as TeamGrainsException with a contract code and a message safe to show.
            ErrorFilter = e => e is TeamGrainsException known ? new GraphQLError(known.Message, extensions: new Dictionary<string, object?> { ["code"] = known.Code }) : null,
            OnUnexpectedError = e => LogUnexpected(logger, e),
        };
        _executor = new GraphQLExecutor(GatewaySchemaFactory.Build(), executionOptions);
        _operationKinds = new OperationKinds(executionOptions.Parser);
        _grains = grains;
        _developmentTokens = developmentTokens;
        _invitationEvents = invitationEvents;
        _services = services;
    }

    public string Sdl => ContractSchema.Sdl;

    public OperationKind? GetOperationKind(GatewayRequest request) => _operationKinds.Of(request.Query, request.OperationName);

    public async Task<GatewayResult> ExecuteAsync(GatewayRequest request, GatewayCaller? caller, CancellationToken cancellationToken)
    {
        var result = await _executor.ExecuteAsync(ToEngine(request, caller), cancellationToken).ConfigureAwait(false);
        return FromEngine(result);
    }

    public async Task<GatewaySubscription> SubscribeAsync(GatewayRequest request, GatewayCaller? caller, CancellationToken cancellationToken)
    {
        var subscription = await _executor.SubscribeAsync(ToEngine(request, caller), cancellationToken).ConfigureAwait(false);
        return subscription.Stream is null
            ? GatewaySubscription.Failed(FromEngine(subscription.Errors!))
            : GatewaySubscription.Streaming(MapAsync(subscription.Stream, cancellationToken));
    }

    private GraphQLRequest ToEngine(GatewayRequest request, GatewayCaller? caller) => new()
    {
        Query = request.Query,
        OperationName = request.OperationName,
        VariablesJson = request.Variables,
        UserContext = new GatewayRequestContext(caller, _grains, _developmentTokens, _invitationEvents, _services, request.RequestId),
        RequestServices = _services,
    };

    private static async IAsyncEnumerable<GatewayResult> MapAsync(IAsyncEnumerable<ExecutionResult> stream, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var result in stream.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return FromEngine(result);
        }
    }

    private static GatewayResult FromEngine(ExecutionResult result)
    {
        var errors = result.Errors is null ? [] : result.Errors.Select(e => ToGatewayError(e, result.HasData)).ToList();
        var data = result.Data;
        return new GatewayResult(result.HasData ? writer => JsonValueWriter.Write(writer, data) : null, errors);
    }

    private static GatewayError ToGatewayError(GraphQLError error, bool hasData) => new(
        error.Message,
        ContractCodes.For(error.Code, hasData),
        error.Locations?.Select(l => new ErrorLocation(l.Line, l.Column)).ToList(),
        error.Path);

    [LoggerMessage(Level = LogLevel.Error, Message = "A resolver failed unexpectedly")]
    private static partial void LogUnexpected(ILogger logger, Exception exception);
}
