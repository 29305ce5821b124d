namespace TeamGrains.Interfaces.Organizations;

/// <summary>
/// The fields of UpdateOrganizationInput; null leaves a field as it is. Settings are root-only.
/// <paramref name="ClearSeatLimit"/> is GraphQL's explicit <c>seatLimit: null</c>: the tree becomes unlimited.
/// </summary>
public sealed record OrganizationUpdate(
    string? Name = null,
    int? SeatLimit = null,
    IReadOnlyList<string>? AllowedEmailDomains = null,
    bool? SsoEnabled = null,
    bool ClearSeatLimit = false)
{
    public bool ChangesSettings => SeatLimit is not null || ClearSeatLimit || AllowedEmailDomains is not null || SsoEnabled is not null;
}
