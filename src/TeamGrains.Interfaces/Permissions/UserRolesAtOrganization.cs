using System.Collections.Immutable;

namespace TeamGrains.Interfaces.Permissions;

/// <summary>What a user holds at one organization: the direct membership role and the user's teams there that bind a role.</summary>
/// <param name="DirectRole">The role of the user's direct membership there, or null when not a direct member.</param>
/// <param name="Teams">The user's teams of that organization with a bound role.</param>
public sealed record UserRolesAtOrganization(string? DirectRole, ImmutableArray<TeamRoleSnapshot> Teams);
