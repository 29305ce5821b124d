using TeamGrains.Interfaces;
using TeamGrains.Interfaces.Permissions;

namespace TeamGrains.Silo.Permissions;

/// <summary>The answer of an authorization rule: allowed, or denied with a contract error code and a message safe to show.</summary>
public readonly record struct AuthorizationResult
{
    private AuthorizationResult(string? code, string? message, string? missingPermission)
    {
        Code = code;
        Message = message;
        MissingPermission = missingPermission;
    }

    public static AuthorizationResult Allowed => default;

    /// <summary>True when the action may go ahead.</summary>
    public bool IsAllowed => Code is null;

    /// <summary>The contract error code when denied (FORBIDDEN, DOMAIN_NOT_ALLOWED, BAD_USER_INPUT).</summary>
    public string? Code { get; }

    public string? Message { get; }

    /// <summary>For FORBIDDEN: the permission the caller lacks.</summary>
    public string? MissingPermission { get; }

    /// <summary>FORBIDDEN, naming the missing permission (the contract: "the message names it").</summary>
    public static AuthorizationResult Forbidden(string permission, string? why = null) =>
        new(ErrorCodes.Forbidden, why is null ? $"Missing permission {permission}." : $"Missing permission {permission}: {why}", permission);

    public static AuthorizationResult Denied(string code, string message) => new(code, message, null);

    /// <summary>Allowed when <paramref name="permissions"/> holds <paramref name="permission"/>, else FORBIDDEN naming it.</summary>
    public static AuthorizationResult Require(PermissionSet permissions, string permission) =>
        permissions.Contains(permission) ? Allowed : Forbidden(permission);

    /// <summary>Throws the denial as a <see cref="TeamGrainsException"/>; does nothing when allowed.</summary>
    public void ThrowIfDenied()
    {
        if (Code is not null)
        {
            throw new TeamGrainsException(Code, Message ?? Code);
        }
    }
}
