using TeamGrains.Gateway.Execution;

namespace TeamGrains.Gateway.Auth;

/// <summary>The result of checking a bearer credential: none given, a caller, or a refusal with a safe message.</summary>
public sealed record AuthenticationOutcome(GatewayCaller? Caller, string? FailureMessage)
{
    public static AuthenticationOutcome NoCredential { get; } = new(null, null);

    public bool Failed => FailureMessage is not null;

    public static AuthenticationOutcome Success(GatewayCaller caller) => new(caller, null);

    public static AuthenticationOutcome Failure(string message) => new(null, message);
}
