using TeamGrains.Interfaces.Audit;
using TeamGrains.Interfaces.Paging;
using TeamGrains.Interfaces.Resources;
using TeamGrains.Interfaces.Runtime;
using TeamGrains.Interfaces.Teams;

namespace TeamGrains.Interfaces.Organizations;

/// <summary>
/// One organization (key: organization id). A new one is made by <see cref="CreateAsync"/> on a fresh key
/// (<see cref="Ids.New"/>). Callers that are not members (direct or inherited) get NOT_FOUND.
/// </summary>
public interface IOrganizationGrain : IGrainWithStringKey
{
    /// <summary>Creates a root (the actor becomes its OWNER) or, with a parent, a sub-organization (needs organization:manage on the parent).</summary>
    Task<OrganizationDto> CreateAsync(string actorUserId, string name, string? parentId, string? requestId = null);

    /// <summary>The organization, for a member (direct or inherited).</summary>
    [AlwaysInterleave]
    Task<OrganizationDto> GetAsync(string actorUserId);

    /// <summary>Renames and changes settings (organization:manage); settings only on a root (BAD_USER_INPUT otherwise).</summary>
    Task<OrganizationDto> UpdateAsync(string actorUserId, OrganizationUpdate update, string? requestId = null);

    /// <summary>Moves a sub-organization under another organization of the same tree (organization:manage on both); CYCLE if the new parent is itself or a descendant.</summary>
    Task<OrganizationDto> MoveAsync(string actorUserId, string newParentId, string? requestId = null);

    /// <summary>Deletes the organization (organization:delete); refused while it has sub-organizations or if it is a personal organization.</summary>
    Task DeleteAsync(string actorUserId, string? requestId = null);

    /// <summary>The ancestors, nearest first.</summary>
    [AlwaysInterleave]
    Task<IReadOnlyList<OrganizationDto>> GetAncestorsAsync(string actorUserId);

    /// <summary>The direct sub-organizations, oldest first.</summary>
    [AlwaysInterleave]
    Task<Page<OrganizationDto>> GetChildrenAsync(string actorUserId, PageRequest page);

    /// <summary>Direct and inherited members (members:view), one row per user (direct wins, else nearest ancestor); search matches email or display name.</summary>
    [AlwaysInterleave]
    Task<Page<MembershipDto>> GetMembersAsync(string actorUserId, PageRequest page, string? search = null);

    /// <summary>Adds an existing user as a DIRECT member (members:manage; cannot grant more than the actor holds; seat limit; ALREADY_MEMBER).</summary>
    Task<MembershipDto> AddMemberAsync(string actorUserId, string userId, string role, string? requestId = null);

    /// <summary>Changes a direct member's role (roles:assign; to or from OWNER needs ownership:transfer; LAST_OWNER).</summary>
    Task<MembershipDto> ChangeMemberRoleAsync(string actorUserId, string userId, string role, string? requestId = null);

    /// <summary>Removes a direct member (members:manage), their team memberships here and their API keys for here; LAST_OWNER.</summary>
    Task RemoveMemberAsync(string actorUserId, string userId, string? requestId = null);

    /// <summary>The actor leaves (their direct membership); a personal organization cannot be left; LAST_OWNER.</summary>
    Task LeaveAsync(string actorUserId, string? requestId = null);

    /// <summary>Built-in roles then the root's custom roles.</summary>
    [AlwaysInterleave]
    Task<IReadOnlyList<RoleDto>> GetRolesAsync(string actorUserId);

    /// <summary>Defines or redefines a custom role of a root (roles:assign, and only permissions the actor holds).</summary>
    Task<RoleDto> DefineRoleAsync(string actorUserId, string name, IReadOnlyList<string> permissions, string? requestId = null);

    /// <summary>Deletes a custom role of a root; refused with BAD_USER_INPUT while a membership or team uses it.</summary>
    Task DeleteRoleAsync(string actorUserId, string name, string? requestId = null);

    /// <summary>The teams of this organization (members:view).</summary>
    [AlwaysInterleave]
    Task<Page<TeamDto>> GetTeamsAsync(string actorUserId, PageRequest page);

    /// <summary>The resources of this organization that the actor may know of (any member sees that a resource exists).</summary>
    [AlwaysInterleave]
    Task<Page<ResourceDto>> GetResourcesAsync(string actorUserId, PageRequest page);

    /// <summary>The audit log of this organization, newest first (audit:view).</summary>
    [AlwaysInterleave]
    Task<Page<AuditEntryDto>> GetAuditLogAsync(string actorUserId, PageRequest page);

    /// <summary>The chain to the root and the roles of the tree, for permission evaluation; null if the organization does not exist.</summary>
    [AlwaysInterleave]
    Task<OrganizationLineage?> GetLineageAsync();

    /// <summary>The organization without authorization, or null (for grains and the gateway's own look-ups).</summary>
    [AlwaysInterleave]
    Task<OrganizationDto?> FindAsync();
}
