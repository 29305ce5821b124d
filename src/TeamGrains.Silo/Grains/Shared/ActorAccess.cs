using TeamGrains.Interfaces.Permissions;
using TeamGrains.Interfaces.Runtime;
using TeamGrains.Interfaces.Users;

namespace TeamGrains.Silo.Grains.Shared;

/// <summary>
/// Authorizes the acting user of a grain call with their effective permissions (answered by their user
/// grain from memory). A non-member must not learn that the organization exists: NOT_FOUND; a member
/// lacking the permission: FORBIDDEN naming it.
/// </summary>
internal static class ActorAccess
{
    /// <summary>The actor's permissions in the organization (or on the resource); NOT_FOUND unless a member.</summary>
    public static async Task<PermissionSet> RequireMemberAsync(IGrainFactory grains, string actorUserId, string organizationId, string? resourceId = null)
    {
        var access = await grains.GetGrain<IUserGrain>(actorUserId).GetAccessAsync(organizationId, resourceId);
        return access.IsMember ? access.Permissions : throw Errors.NotFound(resourceId is null ? "Organization" : "Resource");
    }

    /// <summary>The actor's permissions, which hold <paramref name="permission"/>; NOT_FOUND or FORBIDDEN otherwise.</summary>
    public static async Task<PermissionSet> RequireAsync(IGrainFactory grains, string actorUserId, string organizationId, string permission, string? resourceId = null)
    {
        var permissions = await RequireMemberAsync(grains, actorUserId, organizationId, resourceId);
        return permissions.Contains(permission) ? permissions : throw Errors.Forbidden(permission);
    }
}
