using TeamGrains.Interfaces.Permissions;

namespace TeamGrains.Interfaces.Organizations;

/// <summary>
/// What permission evaluation needs from an organization: its chain to the root and the roles in force
/// in its tree (built-in plus the root's custom roles). Immutable; rebuilt when the organization reloads.
/// </summary>
public sealed record OrganizationLineage(OrganizationChain Chain, RoleCatalogue Roles);
