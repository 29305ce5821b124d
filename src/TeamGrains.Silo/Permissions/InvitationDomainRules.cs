using TeamGrains.Interfaces;
using TeamGrains.Interfaces.Permissions;

namespace TeamGrains.Silo.Permissions;

/// <summary>
/// Who may invite which email domains. Where the organization lists allowed domains, a holder of
/// members:manage who is not ADMIN or OWNER may invite only those; ADMIN and OWNER may invite any domain.
/// An SSO-enabled organization refuses every email outside its allowed domains, whoever invites (with no
/// domain listed it therefore refuses all invitations). Domains match exactly (no sub-domains), case-insensitively.
/// The members:manage check itself is <see cref="RoleAssignmentRules.CheckGrant"/>.
/// </summary>
public static class InvitationDomainRules
{
    /// <summary>
    /// True when the permissions include all of ADMIN's: the inviter is ADMIN or OWNER (directly, inherited,
    /// through a team, or through a custom role as strong as ADMIN).
    /// </summary>
    public static bool IsAdministrator(PermissionSet permissions) =>
        BuiltInRoles.AdminRole.Permissions.IsSubsetOf(permissions);

    /// <summary>The domain of an email (after the last '@'), trimmed and lower-cased; null when malformed.</summary>
    public static string? DomainOf(string? email)
    {
        var trimmed = email?.Trim();
        var at = trimmed?.LastIndexOf('@') ?? -1;
        if (trimmed is null || at <= 0 || at == trimmed.Length - 1)
        {
            return null;
        }

        return trimmed[(at + 1)..].ToLowerInvariant();
    }

    /// <summary>Checks an invitation of <paramref name="email"/> to an organization with these settings.</summary>
    /// <param name="email">The invitee's email.</param>
    /// <param name="allowedDomains">The organization's allowed email domains (empty: no list).</param>
    /// <param name="ssoEnabled">The organization's SSO flag.</param>
    /// <param name="inviterIsAdministrator">The inviter is ADMIN or OWNER there (see <see cref="IsAdministrator"/>).</param>
    public static AuthorizationResult CheckInvite(string email, IReadOnlyCollection<string> allowedDomains, bool ssoEnabled, bool inviterIsAdministrator)
    {
        ArgumentNullException.ThrowIfNull(allowedDomains);
        var domain = DomainOf(email);
        if (domain is null)
        {
            return AuthorizationResult.Denied(ErrorCodes.BadUserInput, "Malformed email address.");
        }

        var listed = allowedDomains.Any(d => string.Equals(d.Trim().TrimStart('@'), domain, StringComparison.OrdinalIgnoreCase));
        if (listed)
        {
            return AuthorizationResult.Allowed;
        }

        if (ssoEnabled)
        {
            return AuthorizationResult.Denied(ErrorCodes.DomainNotAllowed, $"This organization uses SSO and does not accept invitations to {domain}.");
        }

        return allowedDomains.Count > 0 && !inviterIsAdministrator
            ? AuthorizationResult.Denied(ErrorCodes.DomainNotAllowed, $"Only an ADMIN or OWNER may invite outside the allowed domains ({domain}).")
            : AuthorizationResult.Allowed;
    }

    /// <summary><see cref="CheckInvite(string, IReadOnlyCollection{string}, bool, bool)"/> with the inviter's effective permissions.</summary>
    public static AuthorizationResult CheckInvite(string email, IReadOnlyCollection<string> allowedDomains, bool ssoEnabled, PermissionSet inviterPermissions) =>
        CheckInvite(email, allowedDomains, ssoEnabled, IsAdministrator(inviterPermissions));
}
