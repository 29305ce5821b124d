namespace TeamGrains.Interfaces.Users;

/// <summary>A user as clients see it (the contract's User, with ids instead of objects).</summary>
/// <param name="Email">Normalised (trimmed, lower-cased).</param>
public sealed record UserDto(
    string Id,
    string Email,
    string? DisplayName,
    UserStatus Status,
    string PersonalOrganizationId,
    DateTimeOffset CreatedAt);
