using System.Collections.Immutable;
using TeamGrains.Interfaces.Permissions;

namespace TeamGrains.Silo.Permissions;

public static partial class PermissionEvaluator
{
    /// <summary>
    /// The effective permissions with their grants, in the organization (resource null) or on the resource.
    /// Allocates (it builds the answer of effectivePermissions); the permission set equals the mask functions'.
    /// </summary>
    public static EffectivePermissions Explain(
        UserPermissionSnapshot user, OrganizationChain chain, RoleCatalogue roles, ResourceSnapshot? resource = null)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(chain);
        ArgumentNullException.ThrowIfNull(roles);
        if (resource is not null)
        {
            EnsureResourceOfChain(chain, resource);
        }

        var grants = new List<PermissionGrant>();
        if (user.IsActive)
        {
            if (resource is null || resource.Visibility == ResourceVisibility.Organization)
            {
                AddRoleGrants(grants, user, chain, roles, onOrganizationResource: resource is not null);
            }

            if (resource is not null)
            {
                AddBindingGrants(grants, user, resource);
            }
        }

        // Catalogue order, then DIRECT, INHERITED, TEAM, RESOURCE; the sort is stable so the chain order stays.
        ImmutableArray<PermissionGrant> ordered =
        [
            .. grants.OrderBy(g => PermissionCatalogue.GetBit(g.Permission)).ThenBy(g => g.Source),
        ];
        var mask = 0UL;
        foreach (var grant in ordered)
        {
            mask |= 1UL << PermissionCatalogue.GetBit(grant.Permission);
        }

        return new EffectivePermissions(user.UserId, chain.OrganizationId, resource?.ResourceId, new PermissionSet(mask), ordered);
    }

    private static void AddRoleGrants(
        List<PermissionGrant> grants, UserPermissionSnapshot user, OrganizationChain chain, RoleCatalogue roles, bool onOrganizationResource)
    {
        for (var depth = 0; depth < chain.Length; depth++)
        {
            var organizationId = chain.OrganizationIds[depth];
            if (!user.TryGetRolesAt(organizationId, out var held))
            {
                continue;
            }

            if (held.DirectRole is { } direct && roles.TryGet(direct, out var role))
            {
                var source = depth == 0 ? GrantSource.Direct : GrantSource.Inherited;
                Add(grants, new PermissionSet(Grants(role, onOrganizationResource)), role.Name, source, organizationId, null, null);
            }

            foreach (var team in held.Teams)
            {
                if (roles.TryGet(team.Role, out role))
                {
                    Add(grants, new PermissionSet(Grants(role, onOrganizationResource)), role.Name, GrantSource.Team, organizationId, team.TeamId, null);
                }
            }
        }
    }

    private static void AddBindingGrants(List<PermissionGrant> grants, UserPermissionSnapshot user, ResourceSnapshot resource)
    {
        if (resource.TryGetUserLevel(user.UserId, out var level))
        {
            Add(grants, AccessLevels.PermissionsOf(level), AccessLevels.Name(level), GrantSource.Resource, resource.OrganizationId, null, resource.ResourceId);
        }

        foreach (var (teamId, teamLevel) in resource.TeamBindings)
        {
            if (user.IsInTeam(teamId))
            {
                Add(grants, AccessLevels.PermissionsOf(teamLevel), AccessLevels.Name(teamLevel), GrantSource.Resource, resource.OrganizationId, teamId, resource.ResourceId);
            }
        }
    }

    private static void Add(
        List<PermissionGrant> grants, PermissionSet permissions, string role, GrantSource source, string? organizationId, string? teamId, string? resourceId)
    {
        foreach (var permission in permissions)
        {
            grants.Add(new PermissionGrant(permission, role, source, organizationId, teamId, resourceId));
        }
    }
}
