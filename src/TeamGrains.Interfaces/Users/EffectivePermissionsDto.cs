namespace TeamGrains.Interfaces.Users;

/// <summary>The contract's EffectivePermissions: every permission held, in catalogue order, with its grants.</summary>
public sealed record EffectivePermissionsDto(
    string OrganizationId,
    string UserId,
    string? ResourceId,
    IReadOnlyList<string> Permissions,
    IReadOnlyList<PermissionGrantDto> Grants);
