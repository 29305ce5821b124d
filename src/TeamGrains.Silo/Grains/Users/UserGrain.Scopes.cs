using TeamGrains.Interfaces.Organizations;
using TeamGrains.Interfaces.Permissions;
using TeamGrains.Interfaces.Resources;
using TeamGrains.Silo.Grains.Shared;
using TeamGrains.Silo.Permissions;

namespace TeamGrains.Silo.Grains.Users;

/// <summary>
/// The user grain's memory of the organizations and resources it was asked about: each lineage or resource
/// snapshot with the answer computed from it, valid for one epoch, and the change-feed watches that retire them.
/// Memory is the point here (100,000 active users per node): [AlwaysInterleave] calls read and fill these
/// concurrently, so plain collections under one lock rather than ConcurrentDictionary (an empty one holds a
/// lock object per processor, ~0.5 KB on 2 cores, ~1 KB on 16), and no separate set of watched keys: the
/// cached chains name them (watching is idempotent), and <see cref="_retiredKeys"/> keeps the rare rest.
/// </summary>
internal sealed partial class UserGrain
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, CachedScope<OrganizationLineage>> _lineages = new(StringComparer.Ordinal);

    // Created at the first resource question. An entry with a null snapshot remembers a watched key only.
    private Dictionary<string, CachedScope<ResourceSnapshot>>? _resources;

    // Watched keys no cached chain names any more (an organization moved); forgotten at deactivation.
    private List<string>? _retiredKeys;

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

        foreach (var id in lineage.Chain.OrganizationIds)
        {
            _watch.Watch(id, _invalidate);
        }

        lock (_gate)
        {
            if (_lineages.TryGetValue(organizationId, out var previous)
                && !previous.Value.Chain.OrganizationIds.SequenceEqual(lineage.Chain.OrganizationIds, StringComparer.Ordinal))
            {
                (_retiredKeys ??= []).AddRange(previous.Value.Chain.OrganizationIds);
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
            if (_resources is not null && _resources.TryGetValue(resourceId, out var cached) && cached.Epoch == epoch)
            {
                resource = cached.Value;
            }
        }

        if (resource is null)
        {
            _watch.Watch(resourceId, _invalidate);
            resource = await GrainFactory.GetGrain<IResourceGrain>(resourceId).GetSnapshotAsync();
            lock (_gate)
            {
                // A missing resource is not cached (null never matches above) but its key stays, to be forgotten.
                (_resources ??= new(StringComparer.Ordinal))[resourceId] = new(epoch, resource!, null);
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
            if (_resources is not null && _resources.TryGetValue(resource.ResourceId, out var cached)
                && cached.Epoch == epoch && ReferenceEquals(cached.Value, resource) && cached.Permissions is { } known)
            {
                return known;
            }
        }

        var permissions = PermissionEvaluator.ComputeResourcePermissions(_snapshot, lineage.Chain, lineage.Roles, resource);
        lock (_gate)
        {
            if (_resources is not null && _resources.TryGetValue(resource.ResourceId, out var cached)
                && cached.Epoch == epoch && ReferenceEquals(cached.Value, resource))
            {
                _resources[resource.ResourceId] = cached with { Permissions = permissions };
            }
        }

        return permissions;
    }

    /// <summary>Every key this activation may have watched (with repeats; forgetting is idempotent).</summary>
    private List<string> WatchedKeys()
    {
        lock (_gate)
        {
            var keys = new List<string>();
            foreach (var cached in _lineages.Values)
            {
                keys.AddRange(cached.Value.Chain.OrganizationIds);
            }

            keys.AddRange(_resources?.Keys ?? Enumerable.Empty<string>());
            keys.AddRange(_retiredKeys ?? []);
            return keys;
        }
    }
}
