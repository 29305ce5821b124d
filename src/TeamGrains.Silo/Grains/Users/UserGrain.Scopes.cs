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

    // How many organization watches this activation has added (see LineageAsync); only moves under _gate.
    private int _addedWatches;

    /// <summary>
    /// The organization's lineage, cached for <paramref name="epoch"/>. A lineage is kept only if every
    /// organization it was read from was watched before the read began; otherwise a change committed between
    /// the read and the watch would never bump the epoch, and the stale lineage would be served until some
    /// unrelated change. The chain is known only after the read, so a read that had to add watches is thrown
    /// away and made again (only for a sub-organization seen for the first time: the organization itself is
    /// watched before the first read, and a repeat read finds the rest of its chain watched).
    /// <see cref="_addedWatches"/> says whether any watch was added since the read began, by this call or a
    /// concurrent one (it is read and moved under <see cref="_gate"/>, together with the adding).
    /// </summary>
    private async Task<OrganizationLineage?> LineageAsync(string organizationId, long epoch)
    {
        int watchesBeforeRead;
        bool firstWatch;
        lock (_gate)
        {
            if (_lineages.TryGetValue(organizationId, out var cached) && cached.Epoch == epoch)
            {
                return cached.Value;
            }

            firstWatch = AddWatch(organizationId);
            watchesBeforeRead = _addedWatches;
        }

        OrganizationLineage? discarded = null;
        while (true)
        {
            var lineage = await GrainFactory.GetGrain<IOrganizationGrain>(organizationId).GetLineageAsync();
            if (lineage is null)
            {
                if (firstWatch || discarded is not null)
                {
                    lock (_gate)
                    {
                        // Watched, but no cached chain names them: remembered so that deactivation forgets them.
                        (_retiredKeys ??= []).Add(organizationId);
                        _retiredKeys.AddRange(discarded?.Chain.OrganizationIds ?? []);
                    }
                }

                return null;
            }

            lock (_gate)
            {
                foreach (var id in lineage.Chain.OrganizationIds)
                {
                    _ = AddWatch(id);
                }

                if (_addedWatches == watchesBeforeRead)
                {
                    Remember(organizationId, lineage, epoch, discarded);
                    return lineage;
                }

                watchesBeforeRead = _addedWatches;
                discarded = lineage;
            }
        }
    }

    /// <summary>Watches an organization for this activation (true if it was not yet); the caller holds <see cref="_gate"/>.</summary>
    private bool AddWatch(string organizationId)
    {
        if (!_watch.Watch(organizationId, _invalidate))
        {
            return false;
        }

        _addedWatches++;
        return true;
    }

    /// <summary>
    /// Caches the lineage; the caller holds <see cref="_gate"/>. The keys of a chain it replaces, or of one read
    /// and discarded on the way (the organization moved meanwhile), stay watched and are remembered as retired.
    /// </summary>
    private void Remember(string organizationId, OrganizationLineage lineage, long epoch, OrganizationLineage? discarded)
    {
        if (_lineages.TryGetValue(organizationId, out var previous) && !SameChain(previous.Value, lineage))
        {
            (_retiredKeys ??= []).AddRange(previous.Value.Chain.OrganizationIds);
        }

        if (discarded is not null && !SameChain(discarded, lineage))
        {
            (_retiredKeys ??= []).AddRange(discarded.Chain.OrganizationIds);
        }

        _lineages[organizationId] = new(epoch, lineage, null);
    }

    private static bool SameChain(OrganizationLineage a, OrganizationLineage b)
        => a.Chain.OrganizationIds.SequenceEqual(b.Chain.OrganizationIds, StringComparer.Ordinal);

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
