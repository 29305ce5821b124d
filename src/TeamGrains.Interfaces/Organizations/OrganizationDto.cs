namespace TeamGrains.Interfaces.Organizations;

/// <summary>The contract's Organization (with ids instead of objects).</summary>
/// <param name="PersonalOwnerId">For a personal organization: the user it belongs to; otherwise null.</param>
public sealed record OrganizationDto(
    string Id,
    string Name,
    string? ParentId,
    string RootId,
    string? PersonalOwnerId,
    DateTimeOffset CreatedAt,
    OrganizationSettingsDto Settings)
{
    public bool IsRoot => ParentId is null;

    public bool IsPersonal => PersonalOwnerId is not null;
}
