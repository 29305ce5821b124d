namespace TeamGrains.Interfaces;

/// <summary>The error codes of the product contract (PERMISSIONS.md); these reach clients as extensions.code.</summary>
public static class ErrorCodes
{
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string NotFound = "NOT_FOUND";
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string LastOwner = "LAST_OWNER";
    public const string SeatLimitReached = "SEAT_LIMIT_REACHED";
    public const string DomainNotAllowed = "DOMAIN_NOT_ALLOWED";
    public const string AlreadyMember = "ALREADY_MEMBER";
    public const string AlreadyInvited = "ALREADY_INVITED";
    public const string InvitationNotPending = "INVITATION_NOT_PENDING";
    public const string Conflict = "CONFLICT";
    public const string Cycle = "CYCLE";
    public const string LimitExceeded = "LIMIT_EXCEEDED";

    /// <summary>Added to the contract: storage or a grain could not answer in time; the request may be retried.</summary>
    public const string Unavailable = "UNAVAILABLE";
}
