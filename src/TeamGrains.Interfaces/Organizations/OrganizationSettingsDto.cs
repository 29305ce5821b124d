namespace TeamGrains.Interfaces.Organizations;

/// <summary>
/// Settings of an organization tree. They are held by the root; a sub-organization reports its root's
/// settings (seat limits, allowed domains and SSO are properties of the customer, i.e. of the tree).
/// </summary>
/// <param name="SeatLimit">Null for unlimited.</param>
/// <param name="SeatsUsed">Distinct direct members of the whole tree plus pending invitations of emails not yet members.</param>
/// <param name="AllowedEmailDomains">Normalised (lower-cased, no leading @), sorted.</param>
public sealed record OrganizationSettingsDto(
    int? SeatLimit,
    int SeatsUsed,
    IReadOnlyList<string> AllowedEmailDomains,
    bool SsoEnabled);
