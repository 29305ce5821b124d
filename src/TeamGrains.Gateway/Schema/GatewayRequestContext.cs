using TeamGrains.Gateway.Auth;
using TeamGrains.Gateway.Execution;
using TeamGrains.Interfaces.Runtime;
using TeamGrains.Silo.Grains.Invitations;

namespace TeamGrains.Gateway.Schema;

/// <summary>What every resolver of one request needs: who asks, the grains, and the request id for the audit log.</summary>
public sealed class GatewayRequestContext(
    GatewayCaller? caller,
    IGrainFactory grains,
    DevelopmentTokenService developmentTokens,
    InvitationEvents invitationEvents,
    IServiceProvider services,
    string? requestId)
{
    /// <summary>Services that are not grains (list queries spanning grains).</summary>
    public IServiceProvider Services { get; } = services;

    public GatewayCaller? Caller { get; } = caller;

    public IGrainFactory Grains { get; } = grains;

    public DevelopmentTokenService DevelopmentTokens { get; } = developmentTokens;

    public InvitationEvents InvitationEvents { get; } = invitationEvents;

    /// <summary>Recorded in audit entries of the changes this request makes.</summary>
    public string? RequestId { get; } = requestId;
}
