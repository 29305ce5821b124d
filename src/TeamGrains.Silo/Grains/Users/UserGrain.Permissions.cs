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
/// once and kept with the answers computed from them; <see cref="PermissionDependencies"/> bumps <see cref="_epoch"/> when one of them changes, and every cached
/// answer is keyed by the epoch it was computed at, so a stale answer is never served.
/// </summary>
internal sealed partial class UserGrain
{
    // [AlwaysInterleave] calls read and fill these concurrently, so they are guarded by _gate. Plain
    // collections under one lock instead of ConcurrentDictionary: an empty ConcurrentDictionary holds a
    // lock object per processor (~0.5 KB on 2 cores, ~1 KB on 16), and a user asks about a few scopes only.
    private readonly Lock _gate = new();
    private readonly Dictionary<string, CachedScope<OrganizationLineage>> _lineages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CachedScope<ResourceSnapshot>> _resources = new(StringComparer.Ordinal);
    private readonly HashSet<string> _dependencies = new(StringComparer.Ordinal);
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
        string[] keys;
        lock (_gate)
        {
            keys = [.. _dependencies];
        }

        _watch.Forget(keys, _invalidate);
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

    private async Task<OrganizationLineage?> LineageAsync(string organizationId, long epoch)
    {
        lock (_gate)
        {
            if (_lineages.TryGetValue(organizationId, out var cached) && cached.Epoch == epoch)
            {
                return cached.Value;
            }
        }

        var lineage = await GrainFactory.GetGrain<IOrganizationGrain>(organizationId).GetLineageAsync();
        if (lineage is null)
        {
            return null;
        }

        lock (_gate)
        {
            foreach (var id in lineage.Chain.OrganizationIds)
            {
                Depend(id);
            }

            _lineages[organizationId] = new(epoch, lineage, null);
        }

        return lineage;
    }

    private async Task<ResourceSnapshot> ResourceAsync(string resourceId, string organizationId, long epoch)
    {
        ResourceSnapshot? resource = null;
        lock (_gate)
        {
            if (_resources.TryGetValue(resourceId, out var cached) && cached.Epoch == epoch)
            {
                resource = cached.Value;
            }
            else
            {
                Depend(resourceId);
            }
        }

        if (resource is null)
        {
            resource = await GrainFactory.GetGrain<IResourceGrain>(resourceId).GetSnapshotAsync();
            if (resource is not null)
            {
                lock (_gate)
                {
                    _resources[resourceId] = new(epoch, resource, null);
                }
            }
        }

        return resource is not null && resource.OrganizationId == organizationId
            ? resource
            : throw Errors.NotFound("Resource");
    }

    /// <summary>The user's permissions in the organization, computed once per epoch and kept with its lineage.</summary>
    private PermissionSet OrganizationPermissions(string organizationId, OrganizationLineage lineage, long epoch)
    {
        lock (_gate)
        {
            if (_lineages.TryGetValue(organizationId, out var cached)
                && cached.Epoch == epoch && ReferenceEquals(cached.Value, lineage) && cached.Permissions is { } known)
            {
                return known;
            }
        }

        var permissions = PermissionEvaluator.ComputeOrganizationPermissions(_snapshot, lineage.Chain, lineage.Roles);
        lock (_gate)
        {
            if (_lineages.TryGetValue(organizationId, out var cached) && cached.Epoch == epoch && ReferenceEquals(cached.Value, lineage))
            {
                _lineages[organizationId] = cached with { Permissions = permissions };
            }
        }

        return permissions;
    }

    /// <summary>The user's permissions on the resource, computed once per epoch and kept with its snapshot.</summary>
    private PermissionSet ResourcePermissions(ResourceSnapshot resource, OrganizationLineage lineage, long epoch)
    {
        lock (_gate)
        {
            if (_resources.TryGetValue(resource.ResourceId, out var cached)
                && cached.Epoch == epoch && ReferenceEquals(cached.Value, resource) && cached.Permissions is { } known)
            {
                return known;
            }
        }

        var permissions = PermissionEvaluator.ComputeResourcePermissions(_snapshot, lineage.Chain, lineage.Roles, resource);
        lock (_gate)
        {
            if (_resources.TryGetValue(resource.ResourceId, out var cached) && cached.Epoch == epoch && ReferenceEquals(cached.Value, resource))
            {
                _resources[resource.ResourceId] = cached with { Permissions = permissions };
            }
        }

        return permissions;
    }

    /// <summary>Registers the watch for <paramref name="key"/> once per activation. Caller holds <see cref="_gate"/>.</summary>
    private void Depend(string key)
    {
        if (_dependencies.Add(key))
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

        // Every cached answer carries the epoch it was computed at; bumping it retires them all.
        Interlocked.Increment(ref _epoch);
    }
}
