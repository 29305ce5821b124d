namespace TeamGrains.Interfaces.Organizations;

/// <summary>The fields of UpdateOrganizationInput; null leaves a field as it is. Settings are root-only.</summary>
public sealed record OrganizationUpdate(
    string? Name = null,
    int? SeatLimit = null,
    IReadOnlyList<string>? AllowedEmailDomains = null,
    bool? SsoEnabled = null)
{
    public bool ChangesSettings => SeatLimit is not null || AllowedEmailDomains is not null || SsoEnabled is not null;
}
