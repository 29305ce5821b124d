namespace TeamGrains.Interfaces.Permissions;

/// <summary>One team the user belongs to, as the permission evaluator needs it.</summary>
/// <param name="TeamId">The team's id.</param>
/// <param name="OrganizationId">The organization the team belongs to (its role applies there and below).</param>
/// <param name="Role">The role bound to the team at its organization, or null when the team has none (resource bindings only).</param>
public sealed record TeamRoleSnapshot(string TeamId, string OrganizationId, string? Role);
