using TeamGrains.Interfaces.Paging;
using TeamGrains.Interfaces.Runtime;
using TeamGrains.Interfaces.Users;

namespace TeamGrains.Interfaces.Teams;

/// <summary>One team of one organization (key: team id); made by <see cref="CreateAsync"/> on a fresh key.</summary>
public interface ITeamGrain : IGrainWithStringKey
{
    /// <summary>Creates the team (teams:manage; a role no more than the actor holds).</summary>
    Task<TeamDto> CreateAsync(string actorUserId, string organizationId, string name, string? role, string? requestId = null);

    /// <summary>The team, for a member of its organization.</summary>
    [AlwaysInterleave]
    Task<TeamDto> GetAsync(string actorUserId);

    /// <summary>Renames and/or rebinds the role (teams:manage); <paramref name="clearRole"/> unbinds it.</summary>
    Task<TeamDto> UpdateAsync(string actorUserId, string? name, string? role, bool clearRole = false, string? requestId = null);

    /// <summary>Adds a member (teams:manage); the user must be a member (direct or inherited) of the team's organization.</summary>
    Task<TeamDto> AddMemberAsync(string actorUserId, string userId, string? requestId = null);

    /// <summary>Removes a member (teams:manage).</summary>
    Task<TeamDto> RemoveMemberAsync(string actorUserId, string userId, string? requestId = null);

    /// <summary>The members (members:view), oldest first.</summary>
    [AlwaysInterleave]
    Task<Page<UserDto>> GetMembersAsync(string actorUserId, PageRequest page);

    /// <summary>
    /// Deletes the team and its bindings (teams:manage). With <paramref name="removeOrphanedMembers"/>, members whose
    /// only source of permissions in the organization was this team lose their direct membership there.
    /// </summary>
    Task DeleteAsync(string actorUserId, bool removeOrphanedMembers, string? requestId = null);

    /// <summary>The team without authorization, or null.</summary>
    [AlwaysInterleave]
    Task<TeamDto?> FindAsync();
}
