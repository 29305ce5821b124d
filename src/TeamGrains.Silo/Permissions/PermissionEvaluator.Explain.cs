using System.Collections.Immutable;
using TeamGrains.Interfaces.Permissions;

namespace TeamGrains.Silo.Permissions;

public static partial class PermissionEvaluator
{
    /// <summary>
    /// The effective permissions with their grants, in the organization (resource null) or on the resource.
    /// Allocates (it builds the answer of effectivePermissions); the permission set equals the mask functions'.
    /// Grants are ordered by permission (catalogue order), then DIRECT, INHERITED (nearest ancestor first),
    /// TEAM (nearest organization first), RESOURCE (the user's binding, then team bindings).
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

        var origins = new List<GrantOrigin>();
        if (user.IsActive)
        {
            if (resource is null || resource.Visibility == ResourceVisibility.Organization)
            {
                AddRoleOrigins(origins, user, chain, roles, onOrganizationResource: resource is not null);
            }

            if (resource is not null)
            {
                AddBindingOrigins(origins, user, resource);
            }
        }

        var union = PermissionSet.Empty;
        foreach (var origin in origins)
        {
            union |= origin.Permissions;
        }

        var grants = ImmutableArray.CreateBuilder<PermissionGrant>();
        var permissions = union.GetEnumerator();
        while (permissions.MoveNext())
        {
            foreach (var origin in origins)
            {
                if (origin.Permissions.Contains(permissions.CurrentBit))
                {
                    grants.Add(new PermissionGrant(permissions.Current, origin.Role, origin.Source, origin.OrganizationId, origin.TeamId, origin.ResourceId));
                }
            }
        }

        return new EffectivePermissions(user.UserId, chain.OrganizationId, resource?.ResourceId, union, grants.DrainToImmutable());
    }

    /// <summary>Memberships first (DIRECT then INHERITED, up the chain), then teams (up the chain).</summary>
    private static void AddRoleOrigins(
        List<GrantOrigin> origins, UserPermissionSnapshot user, OrganizationChain chain, RoleCatalogue roles, bool onOrganizationResource)
    {
        for (var depth = 0; depth < chain.Length; depth++)
        {
            var organizationId = chain.OrganizationIds[depth];
            if (user.TryGetRolesAt(organizationId, out var held) && held.DirectRole is { } direct && roles.TryGet(direct, out var role))
            {
                var source = depth == 0 ? GrantSource.Direct : GrantSource.Inherited;
                origins.Add(new GrantOrigin(new PermissionSet(Grants(role, onOrganizationResource)), role.Name, source, organizationId, null, null));
            }
        }

        foreach (var organizationId in chain.OrganizationIds)
        {
            if (!user.TryGetRolesAt(organizationId, out var held))
            {
                continue;
            }

            foreach (var team in held.Teams)
            {
                if (roles.TryGet(team.Role, out var role))
                {
                    origins.Add(new GrantOrigin(new PermissionSet(Grants(role, onOrganizationResource)), role.Name, GrantSource.Team, organizationId, team.TeamId, null));
                }
            }
        }
    }

    private static void AddBindingOrigins(List<GrantOrigin> origins, UserPermissionSnapshot user, ResourceSnapshot resource)
    {
        if (resource.TryGetUserLevel(user.UserId, out var level))
        {
            origins.Add(new GrantOrigin(AccessLevels.PermissionsOf(level), AccessLevels.Name(level), GrantSource.Resource, resource.OrganizationId, null, resource.ResourceId));
        }

        foreach (var (teamId, teamLevel) in resource.TeamBindings)
        {
            if (user.IsInTeam(teamId))
            {
                origins.Add(new GrantOrigin(AccessLevels.PermissionsOf(teamLevel), AccessLevels.Name(teamLevel), GrantSource.Resource, resource.OrganizationId, teamId, resource.ResourceId));
            }
        }
    }

    /// <summary>One role or access level that applies, with where it comes from.</summary>
    private readonly record struct GrantOrigin(
        PermissionSet Permissions, string Role, GrantSource Source, string? OrganizationId, string? TeamId, string? ResourceId);
}
