using TeamGrains.Gateway.Execution;

namespace TeamGrains.Gateway.Auth;

/// <summary>
/// The result of checking a bearer credential: none given, a caller, or a refusal with a safe message.
/// <see cref="Unavailable"/> refusals say the credential could not be checked (storage unreachable):
/// the client should retry, not sign in again.
/// </summary>
public sealed record AuthenticationOutcome(GatewayCaller? Caller, string? FailureMessage, bool Unavailable = false)
{
    public static AuthenticationOutcome NoCredential { get; } = new(null, null);

    public bool Failed => FailureMessage is not null;

    public static AuthenticationOutcome Success(GatewayCaller caller) => new(caller, null);

    public static AuthenticationOutcome Failure(string message) => new(null, message);

    public static AuthenticationOutcome CouldNotCheck { get; } = new(null, "The credential could not be checked now; retry.", Unavailable: true);
}
