using TeamGrains.Interfaces.Permissions;

namespace TeamGrains.Interfaces.Resources;

/// <summary>The contract's Resource (with ids instead of objects).</summary>
public sealed record ResourceDto(
    string Id,
    string OrganizationId,
    string Kind,
    string Name,
    ResourceVisibility Visibility,
    DateTimeOffset CreatedAt);
