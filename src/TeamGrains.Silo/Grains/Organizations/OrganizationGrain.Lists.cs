using TeamGrains.Interfaces.Audit;
using TeamGrains.Interfaces.Organizations;
using TeamGrains.Interfaces.Paging;
using TeamGrains.Interfaces.Permissions;
using TeamGrains.Interfaces.Resources;
using TeamGrains.Interfaces.Teams;
using TeamGrains.Silo.Grains.Shared;

namespace TeamGrains.Silo.Grains.Organizations;

internal sealed partial class OrganizationGrain
{
    public async Task<IReadOnlyList<OrganizationDto>> GetAncestorsAsync(string actorUserId)
    {
        RequireExists();
        await ActorAccess.RequireMemberAsync(GrainFactory, actorUserId, State.Id);
        return await _storage.ReadAsync((tx, ct) => OrganizationQueries.OrganizationsAsync(tx, State.Chain.Skip(1).ToList(), State.RootId, ct));
    }

    public async Task<Page<OrganizationDto>> GetChildrenAsync(string actorUserId, PageRequest page)
    {
        RequireExists();
        await ActorAccess.RequireMemberAsync(GrainFactory, actorUserId, State.Id);
        return await _storage.ReadAsync((tx, ct) => OrganizationQueries.ChildrenAsync(tx, State.Id, State.RootId, page, ct));
    }

    public async Task<Page<TeamDto>> GetTeamsAsync(string actorUserId, PageRequest page)
    {
        RequireExists();
        await ActorAccess.RequireAsync(GrainFactory, actorUserId, State.Id, PermissionNames.MembersView);
        return await _storage.ReadAsync((tx, ct) => OrganizationQueries.TeamsAsync(tx, State.Id, page, ct));
    }

    public async Task<Page<ResourceDto>> GetResourcesAsync(string actorUserId, PageRequest page)
    {
        RequireExists();
        await ActorAccess.RequireMemberAsync(GrainFactory, actorUserId, State.Id);
        return await _storage.ReadAsync((tx, ct) => OrganizationQueries.ResourcesAsync(tx, State.Id, page, ct));
    }

    public async Task<Page<AuditEntryDto>> GetAuditLogAsync(string actorUserId, PageRequest page)
    {
        RequireExists();
        await ActorAccess.RequireAsync(GrainFactory, actorUserId, State.Id, PermissionNames.AuditView);
        return await _storage.ReadAsync((tx, ct) => OrganizationQueries.AuditLogAsync(tx, State.Id, page, ct));
    }
}
