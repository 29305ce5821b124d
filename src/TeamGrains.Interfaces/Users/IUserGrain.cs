using TeamGrains.Interfaces.Paging;
using TeamGrains.Interfaces.Organizations;
using TeamGrains.Interfaces.Runtime;

namespace TeamGrains.Interfaces.Users;

/// <summary>
/// One user (key: user id): profile, status, memberships, and the hot path, effective permissions,
/// answered from memory. Every method names the acting user and authorizes inside the grain.
/// </summary>
public interface IUserGrain : IGrainWithStringKey
{
    /// <summary>The user, if the actor is the user or shares an organization with them; otherwise NOT_FOUND.</summary>
    [AlwaysInterleave]
    Task<UserDto> GetAsync(string actorUserId);

    /// <summary>The user without authorization, or null if there is none (for grains and the gateway's own look-ups).</summary>
    [AlwaysInterleave]
    Task<UserDto?> FindAsync();

    /// <summary>Changes the display name; only the user themselves.</summary>
    Task<UserDto> UpdateProfileAsync(string actorUserId, string? displayName, string? requestId = null);

    /// <summary>
    /// Deactivates the user (needs members:manage in <paramref name="organizationId"/>, where the user must be a member).
    /// LAST_OWNER if the user is the only active OWNER of a root organization other than their personal one.
    /// </summary>
    Task<UserDto> DeactivateAsync(string actorUserId, string organizationId, string? requestId = null);

    /// <summary>Activates a deactivated user (needs members:manage in <paramref name="organizationId"/>, where the user is a member).</summary>
    Task<UserDto> ActivateAsync(string actorUserId, string organizationId, string? requestId = null);

    /// <summary>The organizations where the user is a direct member; only the user themselves, or a member sharing them (then only shared ones).</summary>
    [AlwaysInterleave]
    Task<Page<MembershipDto>> GetMembershipsAsync(string actorUserId, PageRequest page);

    /// <summary>
    /// Whether this user holds <paramref name="permission"/> in the organization (or on the resource).
    /// Asking about another user needs members:view there. Unknown permission: BAD_USER_INPUT.
    /// </summary>
    [AlwaysInterleave]
    Task<bool> CheckPermissionAsync(string actorUserId, string organizationId, string permission, string? resourceId = null);

    /// <summary>Every permission this user holds there, each with its grants (same authorization as <see cref="CheckPermissionAsync"/>).</summary>
    [AlwaysInterleave]
    Task<EffectivePermissionsDto> GetEffectivePermissionsAsync(string actorUserId, string organizationId, string? resourceId = null);

    /// <summary>
    /// For grains authorizing this user as the actor: membership and effective mask in the organization
    /// (or on the resource). No authorization; never exposed to clients as such.
    /// </summary>
    [AlwaysInterleave]
    Task<OrganizationAccess> GetAccessAsync(string organizationId, string? resourceId = null);
}
