using System.Collections.Concurrent;
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
/// once and kept; <see cref="PermissionDependencies"/> bumps <see cref="_epoch"/> when one of them changes, and every cached
/// answer is keyed by the epoch it was computed at, so a stale answer is never served.
/// </summary>
internal sealed partial class UserGrain
{
    private readonly PermissionCache _cache = new(capacity: 4_096);
    private readonly ConcurrentDictionary<string, (long Epoch, OrganizationLineage Lineage)> _lineages = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (long Epoch, ResourceSnapshot Resource)> _resources = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _dependencies = new(StringComparer.Ordinal);
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
        _watch.Forget(_dependencies.Keys, _invalidate);
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
            return new OrganizationAccess(isMember, _cache.GetOrCompute(
                State.Id, organizationId, epoch, (User: _snapshot, Lineage: lineage),
                s => PermissionEvaluator.ComputeOrganizationPermissions(s.User, s.Lineage.Chain, s.Lineage.Roles)));
        }

        var resource = await ResourceAsync(resourceId, organizationId, epoch);
        return new OrganizationAccess(isMember, _cache.GetOrCompute(
            State.Id, resourceId, epoch, (User: _snapshot, Lineage: lineage, Resource: resource),
            s => PermissionEvaluator.ComputeResourcePermissions(s.User, s.Lineage.Chain, s.Lineage.Roles, s.Resource)));
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

    private async Task<OrganizationLineage?> LineageAsync(string organizationId, long epoch)
    {
        if (_lineages.TryGetValue(organizationId, out var cached) && cached.Epoch == epoch)
        {
            return cached.Lineage;
        }

        var lineage = await GrainFactory.GetGrain<IOrganizationGrain>(organizationId).GetLineageAsync();
        if (lineage is null)
        {
            return null;
        }

        foreach (var id in lineage.Chain.OrganizationIds)
        {
            Depend(id);
        }

        _lineages[organizationId] = (epoch, lineage);
        return lineage;
    }

    private async Task<ResourceSnapshot> ResourceAsync(string resourceId, string organizationId, long epoch)
    {
        if (!_resources.TryGetValue(resourceId, out var cached) || cached.Epoch != epoch)
        {
            Depend(resourceId);
            var snapshot = await GrainFactory.GetGrain<IResourceGrain>(resourceId).GetSnapshotAsync();
            cached = (epoch, snapshot!);
            if (snapshot is not null)
            {
                _resources[resourceId] = cached;
            }
        }

        return cached.Resource is { } resource && resource.OrganizationId == organizationId
            ? resource
            : throw Errors.NotFound("Resource");
    }

    private void Depend(string key)
    {
        if (_dependencies.TryAdd(key, 0))
        {
            _watch.Watch(key, _invalidate);
        }
    }

    private void Invalidate() => Interlocked.Increment(ref _epoch);

    private void RebuildSnapshot()
    {
        _snapshot = new UserPermissionSnapshot(
            State.Id,
            State.Status == UserStatus.Active,
            State.Memberships.Values.Select(m => KeyValuePair.Create(m.OrganizationId, m.Role)),
            State.Teams);
        _cache.Clear();
        Interlocked.Increment(ref _epoch);
    }
}
