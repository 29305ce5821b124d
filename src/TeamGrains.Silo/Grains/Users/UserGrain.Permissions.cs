using TeamGrains.Interfaces.Organizations;
using TeamGrains.Interfaces.Permissions;
using TeamGrains.Interfaces.Resources;
using TeamGrains.Interfaces.Users;
using TeamGrains.Silo.Grains.Shared;
using TeamGrains.Silo.Permissions;
using TeamGrains.Silo.Runtime;
using TeamGrains.Silo.Storage;

namespace TeamGrains.Silo.Grains.Users;

/// <summary>
/// The hot path. The user's own inputs (memberships, teams with their roles, status) are in
/// <see cref="UserState"/>: any change to them names this grain, which then reloads. The other inputs,
/// organization chains with their role catalogues and resource bindings, are fetched from their grains
/// once and kept with the answers computed from them (UserGrain.Scopes.cs); <see cref="PermissionDependencies"/>
/// bumps <see cref="_epoch"/> when one of them changes, and every cached answer is keyed by the epoch it was
/// computed at, so a stale answer is never served.
/// </summary>
internal sealed partial class UserGrain
{
    private readonly Action _invalidate;
    private UserPermissionSnapshot _snapshot = null!;
    private long _epoch;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        RebuildSnapshot();
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        _watch.Forget(WatchedKeys(), _invalidate);
        return Task.CompletedTask;
    }

    public async Task<OrganizationAccess> GetAccessAsync(string organizationId, string? resourceId = null)
    {
        if (!State.Exists)
        {
            return new OrganizationAccess(false, PermissionSet.Empty);
        }

        var epoch = Volatile.Read(ref _epoch);
        var lineage = await LineageAsync(organizationId, epoch);
        if (lineage is null)
        {
            return new OrganizationAccess(false, PermissionSet.Empty);
        }

        var isMember = IsMemberOf(lineage.Chain);
        if (resourceId is null)
        {
            return new OrganizationAccess(isMember, OrganizationPermissions(organizationId, lineage, epoch));
        }

        var resource = await ResourceAsync(resourceId, organizationId, epoch);
        return new OrganizationAccess(isMember, ResourcePermissions(resource, lineage, epoch));
    }

    public async Task<bool> CheckPermissionAsync(string actorUserId, string organizationId, string permission, string? resourceId = null)
    {
        var bit = PermissionCatalogue.GetBit(permission ?? "");
        if (actorUserId != State.Id || !State.Exists)
        {
            await AuthorizeQuestionAsync(actorUserId, organizationId);
        }

        // About oneself, the one look-up both authorizes (members only) and answers.
        var access = await GetAccessAsync(organizationId, resourceId);
        if (!access.IsMember && actorUserId == State.Id)
        {
            throw Errors.NotFound("Organization");
        }

        return access.Permissions.Contains(bit);
    }

    public async Task<EffectivePermissionsDto> GetEffectivePermissionsAsync(string actorUserId, string organizationId, string? resourceId = null)
    {
        await AuthorizeQuestionAsync(actorUserId, organizationId);
        var epoch = Volatile.Read(ref _epoch);
        var lineage = await LineageAsync(organizationId, epoch) ?? throw Errors.NotFound("Organization");
        var resource = resourceId is null ? null : await ResourceAsync(resourceId, organizationId, epoch);
        var explained = PermissionEvaluator.Explain(_snapshot, lineage.Chain, lineage.Roles, resource);
        return new EffectivePermissionsDto(
            organizationId,
            State.Id,
            resourceId,
            explained.PermissionNames(),
            [.. explained.Grants.Select(g => new PermissionGrantDto(g.Permission, g.Role, g.Source, g.OrganizationId, g.TeamId, g.ResourceId))]);
    }

    /// <summary>About oneself: any member may ask. About another user: members:view there, and the user must exist.</summary>
    private async Task AuthorizeQuestionAsync(string actorUserId, string organizationId)
    {
        if (actorUserId == State.Id && State.Exists)
        {
            if (!(await GetAccessAsync(organizationId)).IsMember)
            {
                throw Errors.NotFound("Organization");
            }

            return;
        }

        await ActorAccess.RequireAsync(GrainFactory, actorUserId, organizationId, PermissionNames.MembersView);
        if (!State.Exists)
        {
            throw Errors.NotFound("User");
        }
    }

    private bool IsMemberOf(OrganizationChain chain)
    {
        foreach (var id in chain.OrganizationIds)
        {
            if (State.Memberships.ContainsKey(id))
            {
                return true;
            }
        }

        return false;
    }

    private void Invalidate() => Interlocked.Increment(ref _epoch);

    private void RebuildSnapshot()
    {
        _snapshot = new UserPermissionSnapshot(
            State.Id,
            State.Status == UserStatus.Active,
            State.Memberships.Values.Select(m => KeyValuePair.Create(m.OrganizationId, m.Role)),
            State.Teams);

        // Every cached answer carries the epoch it was computed at; bumping it retires them all.
        Interlocked.Increment(ref _epoch);
    }
}
