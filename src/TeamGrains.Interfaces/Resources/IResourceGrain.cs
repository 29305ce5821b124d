using TeamGrains.Interfaces.Permissions;
using TeamGrains.Interfaces.Runtime;

namespace TeamGrains.Interfaces.Resources;

/// <summary>One resource of one organization (key: resource id); made by <see cref="CreateAsync"/> on a fresh key.</summary>
public interface IResourceGrain : IGrainWithStringKey
{
    /// <summary>Creates the resource (apps:create); the creator is bound as ADMIN so that a PRIVATE resource stays reachable.</summary>
    Task<ResourceDto> CreateAsync(string actorUserId, string organizationId, string kind, string name, ResourceVisibility visibility, string? requestId = null);

    /// <summary>The resource, for a member of its organization (a private resource's existence is not secret to members).</summary>
    [AlwaysInterleave]
    Task<ResourceDto> GetAsync(string actorUserId);

    /// <summary>Binds an access level for exactly one of a user or a team (app:share on this resource).</summary>
    Task<ResourceDto> SetAccessAsync(string actorUserId, string? userId, string? teamId, AccessLevel level, string? requestId = null);

    /// <summary>The bindings, for a member of its organization.</summary>
    [AlwaysInterleave]
    Task<IReadOnlyList<ResourceAccessDto>> GetAccessAsync(string actorUserId);

    /// <summary>The resource and its bindings for permission evaluation, without authorization, or null.</summary>
    [AlwaysInterleave]
    Task<ResourceSnapshot?> GetSnapshotAsync();

    /// <summary>The resource without authorization, or null.</summary>
    [AlwaysInterleave]
    Task<ResourceDto?> FindAsync();
}
