using TeamGrains.Interfaces;

namespace TeamGrains.Gateway.Execution;

/// <summary>
/// Makes every error code a client sees a contract code (PERMISSIONS.md): the engine's own codes for
/// malformed documents become BAD_USER_INPUT (or LIMIT_EXCEEDED for its limits), and an unexpected
/// failure of a field becomes UNAVAILABLE.
/// </summary>
public static class ContractCodes
{
    private static readonly HashSet<string> Known =
    [
        ErrorCodes.Unauthenticated, ErrorCodes.Forbidden, ErrorCodes.NotFound, ErrorCodes.BadUserInput, ErrorCodes.LastOwner,
        ErrorCodes.SeatLimitReached, ErrorCodes.DomainNotAllowed, ErrorCodes.AlreadyMember, ErrorCodes.AlreadyInvited,
        ErrorCodes.InvitationNotPending, ErrorCodes.Conflict, ErrorCodes.Cycle, ErrorCodes.LimitExceeded, ErrorCodes.Unavailable,
    ];

    public static string For(string? engineCode, bool executed)
    {
        if (engineCode is not null && Known.Contains(engineCode))
        {
            return engineCode;
        }

        if (engineCode is not null && engineCode.Contains("LIMIT", StringComparison.OrdinalIgnoreCase))
        {
            return ErrorCodes.LimitExceeded;
        }

        // A request error is always about the document or its variables; a field error without a code
        // is a failure we did not expect (its details are in the log, never in the response).
        return executed ? ErrorCodes.Unavailable : ErrorCodes.BadUserInput;
    }
}
