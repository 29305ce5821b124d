namespace TeamGrains.Interfaces.Teams;

/// <summary>The contract's Team (with ids instead of objects).</summary>
/// <param name="Role">The role bound to the team at its organization (applies there and in its descendants), or null.</param>
public sealed record TeamDto(string Id, string OrganizationId, string Name, string? Role, DateTimeOffset CreatedAt);
