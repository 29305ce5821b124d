using TeamGrains.Interfaces.Permissions;

namespace TeamGrains.Silo.Permissions;

/// <summary>
/// The effective-permission rules of the contract as pure functions over immutable snapshots.
/// The mask functions are the hot path: no allocation, one dictionary lookup per organization of the chain
/// plus one per role found. <see cref="Explain"/> gives the same set with the grants that give it.
/// <para>
/// Rules: a DEACTIVATED user holds nothing. In organization O the user holds the union of the direct role
/// at O (DIRECT), the direct roles at every ancestor (INHERITED) and the roles bound to the user's teams of
/// O or of an ancestor (TEAM). On a resource of O: ORGANIZATION visibility adds, to that union, what those
/// roles grant on organization resources and the resource's bindings for the user and the user's teams
/// (RESOURCE); PRIVATE visibility gives only those bindings. A role name the catalogue does not know (a
/// deleted custom role) grants nothing: evaluation fails closed.
/// </para>
/// </summary>
public static partial class PermissionEvaluator
{
    /// <summary>What <paramref name="user"/> holds in the first organization of <paramref name="chain"/>.</summary>
    /// <param name="user">The user.</param>
    /// <param name="chain">The organization asked about, then its ancestors up to the root.</param>
    /// <param name="roles">The role catalogue of the tree (built-in roles and the root's custom roles).</param>
    public static PermissionSet ComputeOrganizationPermissions(UserPermissionSnapshot user, OrganizationChain chain, RoleCatalogue roles)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(chain);
        ArgumentNullException.ThrowIfNull(roles);
        return user.IsActive ? new PermissionSet(RoleMask(user, chain, roles, onOrganizationResource: false)) : PermissionSet.Empty;
    }

    /// <summary>What <paramref name="user"/> holds on <paramref name="resource"/>, a resource of the chain's first organization.</summary>
    public static PermissionSet ComputeResourcePermissions(
        UserPermissionSnapshot user, OrganizationChain chain, RoleCatalogue roles, ResourceSnapshot resource)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(chain);
        ArgumentNullException.ThrowIfNull(roles);
        EnsureResourceOfChain(chain, resource);
        if (!user.IsActive)
        {
            return PermissionSet.Empty;
        }

        var mask = resource.Visibility == ResourceVisibility.Organization
            ? RoleMask(user, chain, roles, onOrganizationResource: true)
            : 0UL;
        return new PermissionSet(mask | BindingMask(user, resource));
    }

    /// <summary>True when the user holds the permission (by bit) in the chain's first organization.</summary>
    public static bool HasOrganizationPermission(UserPermissionSnapshot user, OrganizationChain chain, RoleCatalogue roles, int permissionBit) =>
        ComputeOrganizationPermissions(user, chain, roles).Contains(permissionBit);

    /// <summary>
    /// True when the user is a member of the chain's first organization: a direct membership there or in an
    /// ancestor (INHERITED). Team membership alone does not make a member (teams hold members). Ignores status.
    /// </summary>
    public static bool IsMember(UserPermissionSnapshot user, OrganizationChain chain)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(chain);
        foreach (var organizationId in chain.OrganizationIds)
        {
            if (user.IsDirectMemberAt(organizationId))
            {
                return true;
            }
        }

        return false;
    }

    private static ulong RoleMask(UserPermissionSnapshot user, OrganizationChain chain, RoleCatalogue roles, bool onOrganizationResource)
    {
        var mask = 0UL;
        foreach (var organizationId in chain.OrganizationIds)
        {
            if (!user.TryGetRolesAt(organizationId, out var held))
            {
                continue;
            }

            if (held.DirectRole is { } direct && roles.TryGet(direct, out var role))
            {
                mask |= Grants(role, onOrganizationResource);
            }

            foreach (var team in held.Teams)
            {
                if (roles.TryGet(team.Role, out role))
                {
                    mask |= Grants(role, onOrganizationResource);
                }
            }
        }

        return mask;
    }

    private static ulong Grants(RoleDefinition role, bool onOrganizationResource) =>
        onOrganizationResource ? role.PermissionsOnOrganizationResources.Mask : role.Permissions.Mask;

    private static ulong BindingMask(UserPermissionSnapshot user, ResourceSnapshot resource)
    {
        var mask = 0UL;
        if (resource.TryGetUserLevel(user.UserId, out var level))
        {
            mask |= AccessLevels.PermissionsOf(level).Mask;
        }

        // Walk the smaller side: a resource has few team bindings, a user may be in many teams.
        if (resource.TeamBindings.Length <= user.Teams.Length)
        {
            foreach (var (teamId, teamLevel) in resource.TeamBindings)
            {
                if (user.IsInTeam(teamId))
                {
                    mask |= AccessLevels.PermissionsOf(teamLevel).Mask;
                }
            }
        }
        else
        {
            foreach (var team in user.Teams)
            {
                if (resource.TryGetTeamLevel(team.TeamId, out var teamLevel))
                {
                    mask |= AccessLevels.PermissionsOf(teamLevel).Mask;
                }
            }
        }

        return mask;
    }

    private static void EnsureResourceOfChain(OrganizationChain chain, ResourceSnapshot resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        if (!string.Equals(resource.OrganizationId, chain.OrganizationId, StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"Resource {resource.ResourceId} belongs to {resource.OrganizationId}, not to {chain.OrganizationId}.",
                nameof(resource));
        }
    }
}
