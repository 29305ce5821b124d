using TeamGrains.Interfaces.Permissions;

namespace TeamGrains.Silo.Permissions;

/// <summary>
/// The contract's invariants on granting roles, as pure checks over the actor's effective permissions
/// in the organization concerned:
/// a user cannot grant a role holding a permission they lack; only a holder of ownership:transfer grants
/// or takes OWNER; roles:assign alone never touches an OWNER's membership. The last-OWNER rule needs the
/// organization's member counts and stays with the organization grain.
/// </summary>
public static class RoleAssignmentRules
{
    /// <summary>True when every permission of <paramref name="role"/> is held by the actor.</summary>
    public static bool CanGrantRole(PermissionSet actorPermissions, RoleDefinition role)
    {
        ArgumentNullException.ThrowIfNull(role);
        return role.Permissions.IsSubsetOf(actorPermissions);
    }

    /// <summary>changeMemberRole: from <paramref name="currentRole"/> (the member's direct role) to <paramref name="newRole"/>.</summary>
    public static AuthorizationResult CheckRoleChange(PermissionSet actorPermissions, string currentRole, RoleDefinition newRole)
    {
        ArgumentNullException.ThrowIfNull(newRole);
        if (BuiltInRoles.IsOwner(currentRole) || BuiltInRoles.IsOwner(newRole.Name))
        {
            if (!actorPermissions.Contains(PermissionNames.OwnershipTransfer))
            {
                return AuthorizationResult.Forbidden(PermissionNames.OwnershipTransfer, "only an owner grants or takes OWNER.");
            }
        }
        else if (!actorPermissions.Contains(PermissionNames.RolesAssign))
        {
            return AuthorizationResult.Forbidden(PermissionNames.RolesAssign);
        }

        return CheckGrantable(actorPermissions, newRole);
    }

    /// <summary>
    /// Inviting or adding a member with <paramref name="role"/> (also: binding a role to a team, with
    /// <paramref name="requiredPermission"/> = teams:manage): the actor needs the permission, and OWNER needs
    /// ownership:transfer, and the role must hold nothing the actor lacks.
    /// </summary>
    public static AuthorizationResult CheckGrant(PermissionSet actorPermissions, RoleDefinition role, string requiredPermission = PermissionNames.MembersManage)
    {
        ArgumentNullException.ThrowIfNull(role);
        if (!actorPermissions.Contains(requiredPermission))
        {
            return AuthorizationResult.Forbidden(requiredPermission);
        }

        if (BuiltInRoles.IsOwner(role.Name) && !actorPermissions.Contains(PermissionNames.OwnershipTransfer))
        {
            return AuthorizationResult.Forbidden(PermissionNames.OwnershipTransfer, "only an owner grants OWNER.");
        }

        return CheckGrantable(actorPermissions, role);
    }

    /// <summary>Removing a member whose direct role is <paramref name="memberRole"/>: members:manage, and ownership:transfer for an OWNER.</summary>
    public static AuthorizationResult CheckMemberRemoval(PermissionSet actorPermissions, string memberRole)
    {
        if (!actorPermissions.Contains(PermissionNames.MembersManage))
        {
            return AuthorizationResult.Forbidden(PermissionNames.MembersManage);
        }

        return BuiltInRoles.IsOwner(memberRole) && !actorPermissions.Contains(PermissionNames.OwnershipTransfer)
            ? AuthorizationResult.Forbidden(PermissionNames.OwnershipTransfer, "only an owner removes an OWNER.")
            : AuthorizationResult.Allowed;
    }

    private static AuthorizationResult CheckGrantable(PermissionSet actorPermissions, RoleDefinition role)
    {
        var missing = role.Permissions.Except(actorPermissions);
        foreach (var permission in missing)
        {
            return AuthorizationResult.Forbidden(permission, $"role {role.Name} holds a permission you do not hold.");
        }

        return AuthorizationResult.Allowed;
    }
}
